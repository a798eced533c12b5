using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

// A host with the Clients services and a clock the test moves.
internal static class ClientTestHost
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static Task<CoreHost> StartAsync(DatabaseProvider provider, ManualClock clock) =>
        CoreHost.StartAsync(provider, s => s.AddSingleton<TimeProvider>(clock));

    public static async Task<int> PersonAsync(CoreHost host, string firstName, string lastName, string? email = null, string? phone = null)
    {
        var result = await host.Get<IClientDirectory>().CreateAsync(new ClientDraft
        {
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            Phone = phone,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        return result.ClientId!.Value;
    }
}
