namespace ShopCrm.BrowserTests.Pages;

public sealed class ClientListPage(IPage page)
{
    public const string Path = "/clients";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Clients", Level = 1 });

    public ILocator SearchBox => page.GetByRole(AriaRole.Textbox, new() { Name = "Search", Exact = true });

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator Rows => Grid.Locator("tbody tr");

    public ILocator ClientLink(string name) => Grid.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    // By its text: the sort icon's glyph is part of the header cell's accessible name.
    public ILocator ColumnTitle(string title) =>
        Grid.Locator("th .rz-column-title-content").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{title}$") });

    // The search applies when the box is left, as a person tabbing on or pressing Enter does.
    public async Task SearchAsync(string text)
    {
        await SearchBox.FillAsync(text);
        await SearchBox.PressAsync("Enter");
    }

    // A title cut short by its column shows an ellipsis ("Ord..."): its text is wider than its box.
    public Task<bool> IsTitleCutAsync(string title) =>
        ColumnTitle(title).EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth");
}
