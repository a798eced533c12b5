using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Core.Data;
using ShopCrm.Core.Identity;
using ShopCrm.Core.Security;
using ShopCrm.Web.Hosting;

namespace ShopCrm.BrowserTests;

// Issue 11, items 5 and 10 in a real browser: an open circuit of a session that ended elsewhere stops at
// its next click, and the content security policy leaves the interactive pages working.
[Collection(BrowserCollection.Name)]
public sealed class SessionTests(BrowserApp app)
{
    private const string Password = "a-long-browser-passphrase";

    [Fact]
    public async Task A_page_left_open_in_another_browser_goes_to_login_at_its_next_click_after_logging_out()
    {
        var email = await CreateOwnerAsync();
        await using var here = await app.OpenSessionAsync();
        await using var elsewhere = await app.OpenSessionAsync();
        var shell = await (await new LoginPage(here.Page).OpenAsync()).LogInAsync(email, Password);
        var otherShell = await (await new LoginPage(elsewhere.Page).OpenAsync()).LogInAsync(email, Password);
        await elsewhere.Page.GotoAsync(ApiKeysPage.Path);
        await otherShell.WaitUntilInteractiveAsync();
        var keys = new ApiKeysPage(elsewhere.Page);
        await Expect(keys.Heading).ToBeVisibleAsync();
        await keys.NameBox.FillAsync("made after logging out");
        await keys.Scope("Read the shop profile").ClickAsync();
        await Expect(keys.Scope("Read the shop profile")).ToBeCheckedAsync();
        var keysBefore = await ApiKeyCountAsync();

        await shell.LogOutAsync();
        await new LoginPage(here.Page).ExpectShownAsync();
        await keys.CreateButton.ClickAsync();

        await new LoginPage(elsewhere.Page).ExpectShownAsync();
        Assert.Equal(keysBefore, await ApiKeyCountAsync());
        await elsewhere.Page.GotoAsync(ApiKeysPage.Path);
        await new LoginPage(elsewhere.Page).ExpectShownAsync();
    }

    [Fact]
    public async Task The_content_security_policy_lets_the_interactive_pages_run_without_a_violation()
    {
        await using var session = await app.OpenSessionAsync();
        var response = await session.Page.GotoAsync(LoginPage.Path);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, await response!.HeaderValueAsync("content-security-policy"));

        var shell = await DemoLogin.AsAsync(session.Page, Roles.Owner);
        await shell.OpenMenuEntryAsync("API keys", ApiKeysPage.Path);
        var keys = new ApiKeysPage(session.Page);
        var plainKey = await keys.CreateAsync("csp check " + Guid.NewGuid().ToString("N")[..8], "Read the shop profile");

        Assert.StartsWith("scrm_", plainKey, StringComparison.Ordinal);
        Assert.Empty(session.BrowserErrors);
    }

    private async Task<string> CreateOwnerAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        var email = $"owner-{Guid.NewGuid():N}@shop.test";
        var user = new ShopUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Second Owner" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Owner)).Succeeded);
        return email;
    }

    private async Task<int> ApiKeyCountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.ApiKeys.CountAsync();
    }
}
