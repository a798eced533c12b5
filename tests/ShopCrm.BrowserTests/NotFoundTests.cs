using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class NotFoundTests(BrowserApp app)
{
    [Fact]
    public async Task An_unknown_address_shows_the_friendly_not_found_page_with_a_way_back()
    {
        await using var session = await app.OpenSessionAsync();
        await DemoLogin.AsAsync(session.Page, Roles.OrderManager);

        var response = await session.Page.GotoAsync("/orders/no-such-page");

        Assert.Equal(404, response?.Status);
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This page does not exist");
        await Screenshots.SaveAsync(session.Page, "not-found");

        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Back to the dashboard" }).ClickAsync();

        await Expect(new DashboardPage(session.Page).Heading).ToBeVisibleAsync();
    }
}
