using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Data;
using ShopCrm.Core.Identity;
using ShopCrm.Core.Security;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Security;

// Issue 11, item 5: logging out needs the form's antiforgery token and ends the session on the server;
// a new password or a disabled account ends the person's other sessions.
public sealed class SessionAttackTests(SecurityApps apps) : IClassFixture<SecurityApps>
{
    private const string OwnerOnlyPage = "/admin/api-keys";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Logging_out_without_the_antiforgery_token_is_refused_and_the_session_stays(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var owner = await app.LogInAsync(await app.CreateUserAsync(Roles.Owner));

        var forged = await owner.Http.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        var wrongToken = await owner.Http.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "forged" }));
        var get = await owner.Http.GetAsync("/account/logout");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongToken.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync(OwnerOnlyPage)).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task After_logging_out_a_copy_of_the_cookie_taken_before_opens_nothing(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var owner = await app.LogInAsync(await app.CreateUserAsync(Roles.Owner));
        var stolen = StolenCopyOf(app, owner);
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync(OwnerOnlyPage)).StatusCode);

        var logout = await LogOutAsync(owner);

        Assert.Equal("/account/login", logout.Headers.Location?.OriginalString);
        AssertSentToLogin(await stolen.GetAsync(OwnerOnlyPage));
        AssertSentToLogin(await owner.Http.GetAsync(OwnerOnlyPage));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var user = await app.CreateUserAsync(Roles.Owner);
        var here = await app.LogInAsync(user);
        var elsewhere = await app.LogInAsync(user);

        var form = await here.Http.GetStringAsync("/account/change-password");
        var changed = await here.Http.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = AntiforgeryField.TokenIn(form),
            ["Input.CurrentPassword"] = SecurityApp.Password,
            ["Input.NewPassword"] = "another-long-passphrase",
            ["Input.ConfirmPassword"] = "another-long-passphrase",
        }));

        Assert.Contains("Your password has been changed.", await changed.Content.ReadAsStringAsync());
        AssertSentToLogin(await elsewhere.Http.GetAsync(OwnerOnlyPage));
        Assert.Equal(HttpStatusCode.OK, (await here.Http.GetAsync(OwnerOnlyPage)).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Disabling_an_account_ends_its_sessions_and_refuses_its_password(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var user = await app.CreateUserAsync(Roles.Owner);
        var session = await app.LogInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync(OwnerOnlyPage)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().DisableAsync((await users.FindByIdAsync(user.Id))!);
        }

        AssertSentToLogin(await session.Http.GetAsync(OwnerOnlyPage));
        var again = await app.OpenBrowser().LogInAsync(user.Email!, SecurityApp.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(ShopCrm.Web.Components.Account.Login.RefusedMessage, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }

    // What an attacker who copied the cookie header sends: the cookie alone, from another address.
    private static HttpClient StolenCopyOf(SecurityApp app, TestBrowser victim)
    {
        var thief = app.OpenBrowser();
        thief.Cookies.Add(victim.BaseAddress, new Cookie("ShopCrm.Auth", victim.AuthCookie ?? throw new InvalidOperationException("Not logged in.")));
        return thief.Http;
    }

    private static async Task<HttpResponseMessage> LogOutAsync(TestBrowser browser)
    {
        var token = AntiforgeryField.TokenIn(await browser.Http.GetStringAsync("/"));
        return await browser.Http.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    private static void AssertSentToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }
}
