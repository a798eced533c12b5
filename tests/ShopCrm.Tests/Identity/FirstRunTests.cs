using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Identity;
using ShopCrm.Core.Security;
using ShopCrm.Tests.Infrastructure;
using ShopCrm.Web.Demo;

namespace ShopCrm.Tests.Identity;

public sealed class FirstRunTests
{
    [Fact]
    public async Task Outside_demo_mode_the_first_run_creates_one_owner_with_the_configured_password_and_no_demo_accounts()
    {
        using var factory = new WebAppFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Demo:SeedOnFirstRun"] = "false",
                ["Owner:Email"] = "szef@sklep.pl",
                ["Owner:Password"] = "a-long-owner-passphrase",
            },
        };
        _ = factory.Server;

        var users = factory.Services.GetRequiredService<UserManager<ShopUser>>();
        Assert.Equal(["szef@sklep.pl"], users.Users.Select(u => u.Email).ToList());
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync("szef@sklep.pl"))!, Roles.Owner));
        var client = factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFactory.PostLoginAsync(client, "szef@sklep.pl", "a-long-owner-passphrase")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WebAppFactory.PostLoginAsync(factory.CreateAnonymousClient(), DemoAccounts.All[0].Email, DemoAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_password_the_owner_gets_a_generated_one_not_a_default()
    {
        using var factory = new WebAppFactory { Settings = new Dictionary<string, string> { ["Demo:SeedOnFirstRun"] = "false", ["Owner:Email"] = "szef@sklep.pl" } };
        _ = factory.Server;

        var users = factory.Services.GetRequiredService<UserManager<ShopUser>>();
        var owner = Assert.Single(users.Users.ToList());
        Assert.False(await users.CheckPasswordAsync(owner, DemoAccounts.Password));
        Assert.False(await users.CheckPasswordAsync(owner, ""));
        Assert.NotNull(owner.PasswordHash);
    }
}
