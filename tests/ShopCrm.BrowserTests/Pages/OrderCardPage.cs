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

    public ILocator DownloadLink(string documentNumber) => page.GetByRole(AriaRole.Link, new() { Name = $"Download {documentNumber}", Exact = true });
}
