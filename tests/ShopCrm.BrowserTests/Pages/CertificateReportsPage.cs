namespace ShopCrm.BrowserTests.Pages;

public sealed class CertificateReportsPage(IPage page)
{
    public const string Path = "/certificates/reports";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Gift card reports", Level = 1 });

    public ILocator CardsInCirculation => page.GetByRole(AriaRole.Group, new() { Name = "Cards in circulation" });

    public ILocator Liability => page.GetByRole(AriaRole.Group, new() { Name = "Owed on gift cards" });

    public ILocator SoldInPeriod => page.GetByRole(AriaRole.Group, new() { Name = "Sold in the period" });

    public ILocator ChartSeries(string title) => page.Locator(".rz-chart").GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    public ILocator PeriodText => page.GetByText(" in PLN. Columns are");

    public ILocator ExpiringGrid => page.GetByRole(AriaRole.Region, new() { Name = "Expiring in the next 30 days" }).GetByRole(AriaRole.Grid);

    public ILocator Period(string text) => page.GetByRole(AriaRole.Radio, new() { Name = text, Exact = true });
}
