using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Identity;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

// A host with the Clients services and a clock the test moves.
internal static class ClientTestHost
{
    public static ClientOrderRecord Order(int clientId, long orderId, ClientOrderOutcome outcome, long totalMinor, DateTime placedAt) =>
        new(clientId, orderId, $"ZAM/{orderId}", outcome, totalMinor, placedAt, outcome == ClientOrderOutcome.Completed ? placedAt.AddDays(2) : null, false, []);

    public static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static Task<CoreHost> StartAsync(DatabaseProvider provider, ManualClock clock) =>
        CoreHost.StartAsync(provider, s => s.AddSingleton<TimeProvider>(clock));

    public static async Task<string> StaffAsync(CoreHost host, string email, string fullName)
    {
        await using var db = await host.NewContextAsync();
        var user = new ShopUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), FullName = fullName };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    public static async Task<int> PersonAsync(CoreHost host, string firstName, string lastName, string? email = null, string? phone = null, string? postalCode = null)
    {
        var result = await host.Get<IClientDirectory>().CreateAsync(new ClientDraft
        {
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            Phone = phone,
            PostalCode = postalCode,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        return result.ClientId!.Value;
    }
}
