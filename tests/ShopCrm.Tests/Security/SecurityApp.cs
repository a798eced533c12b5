using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Data;
using ShopCrm.Core.Identity;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Security;

// The whole app over a fresh database of the given provider, without demo data: each test makes the
// accounts it attacks, and each HTTP client comes from a connection address of its own.
public sealed class SecurityApp : IAsyncDisposable
{
    public const string Password = "a-long-staff-passphrase";

    private static int lastAddress;
    private readonly TestDatabase database;
    private readonly WebAppFactory factory;

    private SecurityApp(TestDatabase database, WebAppFactory factory, WebApplicationFactory<Program> web)
    {
        this.database = database;
        this.factory = factory;
        Web = web;
    }

    public WebApplicationFactory<Program> Web { get; }

    public IServiceProvider Services => Web.Services;

    public static async Task<SecurityApp> StartAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new WebAppFactory
        {
            Provider = provider,
            ConnectionString = database.ConnectionString,
            Settings = new Dictionary<string, string>
            {
                ["Demo:SeedOnFirstRun"] = "false",
                ["Owner:Email"] = "first-owner@shop.test",
                ["Owner:Password"] = Password,
            },
        };
        var web = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ClientAddressStartupFilter>()));
        _ = web.Server;
        return new SecurityApp(database, factory, web);
    }

    public static string NewAddress()
    {
        var n = Interlocked.Increment(ref lastAddress);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    public async Task<ShopUser> CreateUserAsync(string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@shop.test";
        var user = new ShopUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Test " + role };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    // A browser of its own: its own cookies, its own connection address.
    public TestBrowser OpenBrowser(string? address = null, string scheme = "http") =>
        new(Web, address ?? NewAddress(), new Uri(scheme + "://localhost"));

    public async Task<TestBrowser> LogInAsync(ShopUser user, string? address = null)
    {
        var browser = OpenBrowser(address);
        var response = await browser.LogInAsync(user.Email!, Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"logging in as {user.Email} answered {(int)response.StatusCode}");
        return browser;
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }
}
