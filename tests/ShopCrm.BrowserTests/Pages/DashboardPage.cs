using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopCrm.BrowserTests.Pages;

public sealed partial class DashboardPage(IPage page)
{
    public const string Path = "/";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 });

    public ILocator ActivitySummary => page.GetByText(SummaryText());

    public ILocator Chart => page.Locator(".rz-chart svg");

    public ILocator Period(string text) => page.GetByRole(AriaRole.Radio, new() { Name = text, Exact = true });

    public async Task SelectPeriodAsync(string text) => await Period(text).ClickAsync();

    public async Task<int> ChangesInSummaryAsync()
    {
        var match = SummaryText().Match(await ActivitySummary.InnerTextAsync());
        return int.Parse(match.Groups["changes"].Value, CultureInfo.InvariantCulture);
    }

    public async Task ExpectLoadedAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(ActivitySummary).ToBeVisibleAsync();
        await Expect(Chart).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"^(?<changes>\d+) changes? in the last (?<days>\d+) days$")]
    public static partial Regex SummaryText();
}
