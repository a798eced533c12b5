using System.Net;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ApiKeyTests(BrowserApp app)
{
    [Fact]
    public async Task The_owner_creates_a_key_sees_it_once_and_revokes_it()
    {
        await using var session = await app.OpenSessionAsync();
        var shell = await DemoLogin.AsAsync(session.Page, Roles.Owner);
        await shell.OpenMenuEntryAsync("API keys", ApiKeysPage.Path);
        var keys = new ApiKeysPage(session.Page);
        await Expect(keys.Heading).ToBeVisibleAsync();
        var keyName = "e-shop test " + Guid.NewGuid().ToString("N")[..8];

        var plainKey = await keys.CreateAsync(keyName, "Read the shop profile");

        Assert.StartsWith("scrm_", plainKey, StringComparison.Ordinal);
        await Expect(keys.RowFor(keyName)).ToContainTextAsync(plainKey.Substring(5, 8));
        await Expect(keys.RowFor(keyName)).ToContainTextAsync("Read the shop profile");
        await Expect(keys.RevokeButtonFor(keyName)).ToBeVisibleAsync();
        Assert.Equal(HttpStatusCode.OK, await ShopProfileStatusWithAsync(plainKey));
        await Screenshots.SaveAsync(session.Page, "owner-api-key-created");

        await keys.RevokeAsync(keyName);

        await Expect(keys.RowFor(keyName)).ToContainTextAsync("Revoked");
        await Expect(keys.RevokeButtonFor(keyName)).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.Unauthorized, await ShopProfileStatusWithAsync(plainKey));
        await Screenshots.SaveAsync(session.Page, "owner-api-key-revoked");

        await session.Page.ReloadAsync();
        await shell.WaitUntilInteractiveAsync();
        await Expect(keys.RowFor(keyName)).ToContainTextAsync("Revoked");
        await Expect(keys.NewKey).ToHaveCountAsync(0);
        await Expect(session.Page.Locator("body")).Not.ToContainTextAsync(plainKey);

        // Clicks in the circuit are audited under the person who clicked, not as "system".
        await shell.OpenMenuEntryAsync("Audit log", AuditLogPage.Path);
        var ownerRows = new AuditLogPage(session.Page).RowsAbout("ApiKey").Filter(new() { HasText = "owner@demo.shopcrm.pl" });
        await Expect(ownerRows.Filter(new() { HasText = "Added" }).Filter(new() { HasText = keyName })).ToHaveCountAsync(1);
        await Expect(ownerRows.Filter(new() { HasText = "Modified" }).Filter(new() { HasText = "RevokedAt" })).Not.ToHaveCountAsync(0);
        Assert.Empty(session.BrowserErrors);
    }

    private async Task<HttpStatusCode> ShopProfileStatusWithAsync(string key)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/shop");
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
