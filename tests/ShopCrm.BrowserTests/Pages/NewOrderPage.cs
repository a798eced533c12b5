namespace ShopCrm.BrowserTests.Pages;

// The order form for phone, store and sales-rep orders: /orders/new.
public sealed class NewOrderPage(IPage page)
{
    public const string Path = "/orders/new";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "New order", Level = 1 });

    public ILocator ClientSearch => page.GetByLabel("Name, e-mail or phone");

    public ILocator FindClientButton => page.GetByRole(AriaRole.Button, new() { Name = "Find client" });

    public ILocator ProductSearch => page.GetByLabel("SKU or name");

    public ILocator FindModelButton => page.GetByRole(AriaRole.Button, new() { Name = "Find model" });

    public ILocator ModelsFound => page.GetByRole(AriaRole.List, new() { Name = "Models found" });

    public ILocator ChosenClient => page.GetByRole(AriaRole.Group, new() { Name = "Chosen client" });

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Save order" });

    public ILocator ChooseClient(string name) => page.GetByRole(AriaRole.Button, new() { Name = "Choose " + name, Exact = true });

    public ILocator AddModel(string sku) => page.GetByRole(AriaRole.Button, new() { Name = "Add " + sku, Exact = true });
}
