namespace ShopCrm.BrowserTests.Pages;

public sealed class StockPage(IPage page)
{
    public const string Path = "/warehouse/stock";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Stock", Level = 1, Exact = true });

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator SearchBox => page.GetByLabel("SKU, name or EAN");

    public ILocator SearchButton => page.GetByRole(AriaRole.Button, new() { Name = "Search" });

    public ILocator StateFilter => page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Combobox).Nth(1);

    public ILocator RowFor(string sku) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = sku });

    public ILocator AvailableCell(string sku) => RowFor(sku).GetByRole(AriaRole.Gridcell).Nth(4);

    public async Task SearchAsync(string text)
    {
        await SearchBox.FillAsync(text);
        await SearchButton.ClickAsync();
    }

    public async Task ShowOnlyAsync(string state)
    {
        await StateFilter.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = state }).ClickAsync();
    }
}
