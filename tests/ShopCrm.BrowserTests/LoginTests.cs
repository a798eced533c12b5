using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Core.Security;
using ShopCrm.Web.Demo;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class LoginTests(BrowserApp app)
{
    [Fact]
    public async Task A_wrong_password_shows_an_error_and_stays_on_the_login_page()
    {
        await using var session = await app.OpenSessionAsync();
        var login = await new LoginPage(session.Page).OpenAsync();

        await login.SubmitAsync(DemoLogin.EmailOf(Roles.Moderator), "not-the-password-2026");

        await Expect(login.Error).ToHaveTextAsync(ShopCrm.Web.Components.Account.Login.RefusedMessage);
        await login.ExpectShownAsync();
        await Expect(new ShellPage(session.Page).Menu).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(session.Page, "login-wrong-password");
    }

    [Fact]
    public async Task An_anonymous_visit_to_the_dashboard_redirects_to_the_login_page()
    {
        await using var session = await app.OpenSessionAsync();

        await session.Page.GotoAsync(DashboardPage.Path);

        await new LoginPage(session.Page).ExpectShownAsync();
        await Expect(new DashboardPage(session.Page).Heading).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(session.Page, "login");
    }

    [Fact]
    public async Task Logging_in_after_the_redirect_opens_the_page_that_was_asked_for()
    {
        await using var session = await app.OpenSessionAsync();
        await session.Page.GotoAsync("/admin/audit");
        var login = new LoginPage(session.Page);
        await login.ExpectShownAsync();

        var shell = await login.LogInAsync(DemoLogin.EmailOf(Roles.Accountant), DemoAccounts.Password);

        await Expect(session.Page).ToHaveURLAsync(new Uri(app.BaseAddress, "/admin/audit").ToString());
        await Expect(shell.Heading).ToHaveTextAsync("Audit log");
    }

    [Fact]
    public async Task Logging_out_returns_to_the_login_page_and_ends_the_session()
    {
        await using var session = await app.OpenSessionAsync();
        var shell = await DemoLogin.AsAsync(session.Page, Roles.Warehouse);

        await shell.LogOutAsync();

        var login = new LoginPage(session.Page);
        await login.ExpectShownAsync();
        await session.Page.GotoAsync(DashboardPage.Path);
        await login.ExpectShownAsync();
    }
}
