using System.Text.RegularExpressions;

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

    public async Task SendAsync()
    {
        await SendButton.ClickAsync();
        await Confirmation.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Expect(Confirmation).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/warehouse/purchase-orders/(?<id>\d+)$")]
    public static partial Regex Address();
}
