namespace ShopCrm.BrowserTests.Pages;

public sealed class IncompleteCardsPage(IPage page)
{
    public const string Path = "/catalog/incomplete";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Incomplete cards", Level = 1 });

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator RowFor(string text) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public ILocator CompleteLink(string name) => page.GetByRole(AriaRole.Link, new() { Name = $"Complete {name}" });
}
