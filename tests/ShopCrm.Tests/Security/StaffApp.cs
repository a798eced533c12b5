using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Identity;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Security;

// The whole app over an empty database of its own (no demo data) with one member of staff per role
// asked for, each a real Identity account that logs in through the login page.
public sealed class StaffApp : IAsyncDisposable
{
    public const string Password = "a-long-staff-passphrase";

    private StaffApp(TestDatabase database, WebAppFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public WebAppFactory Factory { get; }

    public static async Task<StaffApp> StartAsync(DatabaseProvider provider, params string[] roles)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new WebAppFactory
        {
            Provider = provider,
            ConnectionString = database.ConnectionString,
            Settings = new Dictionary<string, string>
            {
                ["Demo:SeedOnFirstRun"] = "false",
                ["Owner:Email"] = "owner@staff.test",
                ["Owner:Password"] = Password,
            },
        };
        _ = factory.Server;
        var app = new StaffApp(database, factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        foreach (var role in roles)
        {
            var user = new ShopUser { UserName = EmailOf(role), Email = EmailOf(role), EmailConfirmed = true, FullName = role, CreatedAt = DateTime.UtcNow };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }

        return app;
    }

    public static string EmailOf(string role) => role.ToLowerInvariant() + "@staff.test";

    public T Get<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public Task<HttpClient> LogInAsync(string role) => Factory.LogInAsync(EmailOf(role), Password);

    public Task<ShopDbContext> NewContextAsync() => Get<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();

    // The principal the login would give this person, as a Blazor circuit carries it (UserCircuitHandler).
    public async Task<ClaimsPrincipal> PrincipalOfAsync(string role)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        var user = await users.FindByEmailAsync(EmailOf(role)) ?? throw new InvalidOperationException("No " + role);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ShopUser>>().CreateAsync(user);
    }

    // Runs what a page of this person's circuit would run.
    public async Task<T> AsAsync<T>(string role, Func<Task<T>> act)
    {
        CurrentUser.CircuitUser = await PrincipalOfAsync(role);
        try
        {
            return await act();
        }
        finally
        {
            CurrentUser.CircuitUser = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
