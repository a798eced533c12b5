using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Clients;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Api;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

// Staff correct an address on the card; the e-shop then sends the customer's old address again. The card
// keeps the correction and shows the e-shop's value beside it for the order manager to take or keep.
[Collection(BrowserCollection.Name)]
public sealed class ClientSiteDifferenceTests(BrowserApp app)
{
    [Fact]
    public async Task An_order_manager_sees_what_the_e_shop_sent_after_a_correction_and_takes_it()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var customer = new
        {
            siteCustomerId = $"WWW-{run}", email = $"halina.{run}@example.pl", phone = "601 555 777", firstName = "Halina", lastName = "Szczupak",
            street = "ul. Rybna 7", postalCode = "80-831", city = "Gdańsk",
        };
        var clientId = await SendFromTheShopAsync(customer);

        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.OrderManager);
        await page.GotoAsync($"/clients/{clientId}");
        var card = new ClientCardPage(page);
        await Expect(card.Heading).ToHaveTextAsync("Halina Szczupak");
        await shell.WaitUntilInteractiveAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(card.SiteDifferences).ToHaveCountAsync(0);

        await card.EditButton.ClickAsync();
        await card.Field("Street").FillAsync("ul. Rybna 17/2");
        await card.SaveButton.ClickAsync();
        await Expect(card.Contacts).ToContainTextAsync("ul. Rybna 17/2, 80-831 Gdańsk");
        await shell.WaitUntilToastsGoneAsync();

        // The shop sends the customer's details as it has them, with the old street.
        Assert.Equal(clientId, await SendFromTheShopAsync(customer));
        await page.ReloadAsync();
        await shell.WaitUntilInteractiveAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(card.Contacts).ToContainTextAsync("ul. Rybna 17/2, 80-831 Gdańsk");
        await Expect(card.SiteDifference("Street")).ToContainTextAsync("ul. Rybna 17/2");
        await Expect(card.SiteDifference("Street")).ToContainTextAsync("ul. Rybna 7");
        await Expect(card.SiteDifferences.Locator("tbody tr")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "ordermanager-client-site-difference");

        await card.TakeSiteValueButton("Street").ClickAsync();
        await Expect(card.SiteDifferences).ToHaveCountAsync(0);
        await Expect(card.Contacts).ToContainTextAsync("ul. Rybna 7, 80-831 Gdańsk");
        await Screenshots.SaveAsync(page, "ordermanager-client-site-difference-taken");
        Assert.Empty(await app.Services.GetRequiredService<ClientSiteDecisions>().SiteDifferencesAsync(clientId));
        Assert.Empty(session.BrowserErrors);
    }

    private async Task<int> SendFromTheShopAsync(object customer)
    {
        var key = await app.Services.GetRequiredService<ApiKeyService>().CreateAsync("e-shop", [ClientPermissions.SiteRegister], "test");
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", key.PlainKey);
        var response = await http.PostAsJsonAsync("/api/v1/clients", customer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("clientId").GetInt32();
    }
}
