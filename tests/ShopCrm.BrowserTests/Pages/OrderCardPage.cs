namespace ShopCrm.BrowserTests.Pages;

// One order: /orders/{id}.
public sealed class OrderCardPage(IPage page)
{
    public static readonly System.Text.RegularExpressions.Regex Address = new(@"/orders/\d+$");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Status => page.GetByRole(AriaRole.Group, new() { Name = "Status" });

    public ILocator History => page.GetByRole(AriaRole.List, new() { Name = "Status history" });

    public ILocator Step(string name) => page.GetByRole(AriaRole.Group, new() { Name = "Next steps" }).GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Documents => page.GetByRole(AriaRole.Table, new() { Name = "Documents" });

    public ILocator DocumentNumbers => Documents.Locator("td.or-number");

    public ILocator IssueButton(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator ChangeLinesButton => page.GetByRole(AriaRole.Button, new() { Name = "Change lines", Exact = true });

    public ILocator LinesForm => page.GetByRole(AriaRole.Group, new() { Name = "Change lines", Exact = true });

    // Radzen puts the label on the numeric's wrapper, not on its input.
    public ILocator QuantityOf(string sku) => LinesForm.GetByLabel("Quantity of " + sku, new() { Exact = true }).Locator("input");

    public ILocator RemoveLine(string sku) => LinesForm.GetByRole(AriaRole.Button, new() { Name = "Remove " + sku, Exact = true });

    public ILocator ProductSearch => LinesForm.GetByLabel("SKU or name");

    public ILocator FindModelButton => LinesForm.GetByRole(AriaRole.Button, new() { Name = "Find model" });

    public ILocator AddModel(string sku) => LinesForm.GetByRole(AriaRole.Button, new() { Name = "Add " + sku, Exact = true });

    public ILocator SaveLinesButton => LinesForm.GetByRole(AriaRole.Button, new() { Name = "Save lines" });

    public ILocator LinesAlert => LinesForm.GetByRole(AriaRole.Alert);

    public ILocator ReloadButton => LinesForm.GetByRole(AriaRole.Button, new() { Name = "Reload the order" });

    public ILocator Lines => page.Locator("table.or-lines").First;

    public ILocator DownloadLink(string documentNumber) => page.GetByRole(AriaRole.Link, new() { Name = $"Download {documentNumber}", Exact = true });
}
