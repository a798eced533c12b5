namespace ShopCrm.BrowserTests.Pages;

// Open restock alerts: /warehouse/restock.
public sealed class RestockPage(IPage page)
{
    public const string Path = "/warehouse/restock";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Restock", Level = 1 });

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator CreateOrdersButton => page.GetByRole(AriaRole.Button, new() { Name = "Create purchase orders" });

    public ILocator DismissButton => page.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true });

    public ILocator Chosen => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "chosen" });

    // The dashboard card that leads here.
    public static ILocator DashboardLink(IPage page) =>
        page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^\d+ models? to restock$") });

    public async Task ShowSupplierAsync(string name)
    {
        await page.GetByRole(AriaRole.Combobox).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = name, Exact = true }).ClickAsync();
    }

    public ILocator RowFor(string modelName) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = modelName });

    public ILocator OrderBox(string modelName) => Grid.GetByRole(AriaRole.Checkbox, new() { Name = "Order " + modelName, Exact = true });

    public ILocator QuantityBox(string modelName) => Grid.GetByRole(AriaRole.Spinbutton, new() { Name = "Quantity of " + modelName, Exact = true });
}
