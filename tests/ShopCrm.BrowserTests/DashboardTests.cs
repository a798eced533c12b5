using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserApp app)
{
    [Fact]
    public async Task Choosing_30_days_updates_the_activity_summary_without_reloading_the_page()
    {
        await using var session = await app.OpenSessionAsync();
        await DemoLogin.AsAsync(session.Page, Roles.Owner);
        var dashboard = new DashboardPage(session.Page);
        await dashboard.ExpectLoadedAsync();
        await Expect(dashboard.ActivitySummary).ToHaveTextAsync(DashboardPage.SummaryText());
        await Expect(dashboard.ActivitySummary).ToContainTextAsync("in the last 7 days");
        var changesInAWeek = await dashboard.ChangesInSummaryAsync();
        // A full page load would drop this flag, so it still being there proves the update came over the circuit.
        await session.Page.EvaluateAsync("() => window.shopCrmTestNoReload = true");

        await dashboard.SelectPeriodAsync("30 days");

        await Expect(dashboard.ActivitySummary).ToContainTextAsync("in the last 30 days");
        await Expect(dashboard.Period("30 days")).ToBeCheckedAsync();
        await Expect(dashboard.Period("7 days")).Not.ToBeCheckedAsync();
        Assert.True(await session.Page.EvaluateAsync<bool>("() => window.shopCrmTestNoReload === true"));
        Assert.True(await dashboard.ChangesInSummaryAsync() >= changesInAWeek);
        await Screenshots.SaveAsync(session.Page, "dashboard-30-days");
        Assert.Empty(session.BrowserErrors);
    }
}
