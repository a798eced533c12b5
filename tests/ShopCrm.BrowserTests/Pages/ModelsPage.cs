namespace ShopCrm.BrowserTests.Pages;

public sealed class ModelsPage(IPage page)
{
    public const string Path = "/catalog/models";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Models", Level = 1 });

    public ILocator SearchBox => page.GetByRole(AriaRole.Textbox, new() { Name = "Search" });

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator RowFor(string text) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public async Task SearchAsync(string text)
    {
        await SearchBox.FillAsync(text);
        await SearchBox.PressAsync("Enter");
    }
}
