using System.Text.RegularExpressions;
using ShopCrm.Tests.Core.Pdf;

namespace ShopCrm.BrowserTests.Pages;

// One purchase order: /warehouse/purchase-orders/{id}.
public sealed partial class PurchaseOrderPage(IPage page)
{
    public const string ListPath = "/warehouse/purchase-orders";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Status => page.GetByRole(AriaRole.Group, new() { Name = "Status", Exact = true });

    public ILocator Total => page.GetByRole(AriaRole.Group, new() { Name = "Total net", Exact = true });

    public ILocator Lines => page.GetByRole(AriaRole.Region, new() { Name = "Lines" }).GetByRole(AriaRole.Grid);

    public ILocator PdfLink => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" });

    public ILocator SendButton => page.GetByRole(AriaRole.Button, new() { Name = "Send to supplier" });

    public ILocator Confirmation => page.GetByRole(AriaRole.Alertdialog);

    public ILocator Notice(string title) => page.Locator("[aria-live=polite] .rz-notification-message").Filter(new() { HasText = title });

    // The order's number, once the page shows it: "ZD/2026/00012".
    public async Task<string> NumberAsync()
    {
        await Expect(Heading).ToHaveTextAsync(HeadingWithNumber());
        return HeadingWithNumber().Match(await Heading.InnerTextAsync()).Groups["number"].Value;
    }

    // The PDF as the link downloads it, read back as text.
    public async Task<string> PdfTextAsync()
    {
        var pdf = await page.APIRequest.GetAsync(await PdfLink.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        return PdfText.Extract(await pdf.BodyAsync());
    }

    public async Task SendAsync()
    {
        await SendButton.ClickAsync();
        await Confirmation.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Expect(Confirmation).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"^Purchase order (?<number>ZD/\d{4}/\d{5})$")]
    private static partial Regex HeadingWithNumber();

    [GeneratedRegex(@"/warehouse/purchase-orders/(?<id>\d+)$")]
    public static partial Regex Address();
}
