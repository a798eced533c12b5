using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Web.Components.Account;
using ShopCrm.Web.Hosting;

namespace ShopCrm.Tests.Security;

// Issue 11, item 6: login attempts are limited per client address and per account name, and an unknown
// address, a locked account and a wrong password get one and the same answer.
public sealed partial class LoginAttackTests(SecurityApps apps) : IClassFixture<SecurityApps>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Thirty_rapid_failures_from_one_address_are_throttled_whatever_forwarding_header_is_sent(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var staff = await app.CreateUserAsync(Roles.Owner);
        var attacker = app.OpenBrowser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            attacker.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            attacker.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            statuses.Add((await attacker.LogInAsync($"guess{i}@shop.test", "wrong-password-" + i)).StatusCode);
        }

        var rightPassword = await attacker.LogInAsync(staff.Email!, SecurityApp.Password);

        Assert.All(statuses.Take(LoginThrottle.AttemptsPerAddress), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses.Skip(LoginThrottle.AttemptsPerAddress), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, rightPassword.StatusCode);
        Assert.Equal(Login.ThrottledMessage, await ErrorOnAsync(rightPassword));
        Assert.Null(attacker.AuthCookie);
        Assert.Equal(HttpStatusCode.Redirect, (await app.OpenBrowser().LogInAsync(staff.Email!, SecurityApp.Password)).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Attempts_on_one_account_name_are_throttled_across_addresses(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        const string target = "nobody-here@shop.test";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LoginThrottle.AttemptsPerAccount + 3; i++)
        {
            var name = i % 2 == 0 ? target : " NOBODY-HERE@shop.test";
            statuses.Add((await app.OpenBrowser().LogInAsync(name, "wrong-password-" + i)).StatusCode);
        }

        Assert.All(statuses.Take(LoginThrottle.AttemptsPerAccount), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses.Skip(LoginThrottle.AttemptsPerAccount), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.OK, (await app.OpenBrowser().LogInAsync("someone-else@shop.test", "wrong-password")).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Unknown_locked_and_wrong_password_attempts_get_the_same_answer(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var locked = await app.CreateUserAsync(Roles.Accountant);
        var other = await app.CreateUserAsync(Roles.Accountant);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.OpenBrowser().LogInAsync(locked.Email!, "wrong-password-" + i)).StatusCode);
        }

        var lockedBrowser = app.OpenBrowser();
        var lockedWithRightPassword = await lockedBrowser.LogInAsync(locked.Email!, SecurityApp.Password);
        var unknown = await app.OpenBrowser().LogInAsync("not-staff@shop.test", SecurityApp.Password);
        var wrong = await app.OpenBrowser().LogInAsync(other.Email!, "wrong-password");

        Assert.Equal(HttpStatusCode.OK, lockedWithRightPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(Login.RefusedMessage, await ErrorOnAsync(lockedWithRightPassword));
        Assert.Equal(Login.RefusedMessage, await ErrorOnAsync(unknown));
        Assert.Equal(Login.RefusedMessage, await ErrorOnAsync(wrong));
        Assert.Null(lockedBrowser.AuthCookie);
    }

    private static async Task<string> ErrorOnAsync(HttpResponseMessage response)
    {
        var match = FormError().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, "the page shows no error");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    [GeneratedRegex("<div class=\"form-error\" role=\"alert\">([^<]*)</div>")]
    private static partial Regex FormError();
}
