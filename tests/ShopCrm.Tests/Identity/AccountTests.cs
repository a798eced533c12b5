using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Identity;
using ShopCrm.Tests.Infrastructure;
using ShopCrm.Web.Demo;

namespace ShopCrm.Tests.Identity;

public sealed class AccountTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_wrong_password_keeps_the_user_out_with_a_clear_message()
    {
        var client = app.Factory.CreateAnonymousClient();

        var response = await WebAppFactory.PostLoginAsync(client, "orders@demo.shopcrm.pl", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The e-mail or the password is not right.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_for_the_right_password()
    {
        var users = app.Factory.Services.GetRequiredService<UserManager<ShopUser>>();
        var user = new ShopUser { UserName = "victim@demo.shopcrm.pl", Email = "victim@demo.shopcrm.pl", FullName = "Victim" };
        Assert.True((await users.CreateAsync(user, "correct-horse-battery")).Succeeded);
        var client = app.Factory.CreateAnonymousClient();

        for (var i = 0; i < 5; i++)
        {
            await WebAppFactory.PostLoginAsync(client, user.Email, "guess-number-" + i);
        }

        var response = await WebAppFactory.PostLoginAsync(client, user.Email, "correct-horse-battery");
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Passwords_shorter_than_twelve_characters_are_refused()
    {
        var users = app.Factory.Services.GetRequiredService<UserManager<ShopUser>>();

        var result = await users.CreateAsync(new ShopUser { UserName = "short@demo.shopcrm.pl", Email = "short@demo.shopcrm.pl" }, "elevenchars");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooShort");
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var client = await app.Factory.LogInAsync("content@demo.shopcrm.pl", DemoAccounts.Password);
        var dashboard = await client.GetStringAsync("/");
        var token = AntiforgeryField.TokenIn(dashboard);

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_replaces_the_old_one()
    {
        var users = app.Factory.Services.GetRequiredService<UserManager<ShopUser>>();
        var user = new ShopUser { UserName = "changer@demo.shopcrm.pl", Email = "changer@demo.shopcrm.pl", FullName = "Changer" };
        Assert.True((await users.CreateAsync(user, "first-long-password")).Succeeded);
        var client = await app.Factory.LogInAsync(user.Email, "first-long-password");
        var form = await client.GetStringAsync("/account/change-password");
        var token = AntiforgeryField.TokenIn(form);

        var tooShort = await client.PostAsync("/account/change-password", ChangeForm(token, "first-long-password", "short"));
        var changed = await client.PostAsync("/account/change-password", ChangeForm(token, "first-long-password", "second-long-password"));

        Assert.Contains("at least 12 characters", WebUtility.HtmlDecode(await tooShort.Content.ReadAsStringAsync()));
        Assert.Contains("Your password has been changed.", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await WebAppFactory.PostLoginAsync(app.Factory.CreateAnonymousClient(), user.Email, "first-long-password")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFactory.PostLoginAsync(app.Factory.CreateAnonymousClient(), user.Email, "second-long-password")).StatusCode);
    }

    private static FormUrlEncodedContent ChangeForm(string token, string current, string next) => new(new Dictionary<string, string>
    {
        ["_handler"] = "change-password",
        ["__RequestVerificationToken"] = token,
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = next,
    });
}
