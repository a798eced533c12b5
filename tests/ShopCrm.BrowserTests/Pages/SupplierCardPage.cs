using System.Text.RegularExpressions;

namespace ShopCrm.BrowserTests.Pages;

// Catalog > Suppliers and one supplier's card (details form and the supplier's models).
public sealed partial class SupplierCardPage(IPage page)
{
    public const string ListPath = "/catalog/suppliers";

    public ILocator ListHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Suppliers", Level = 1 });

    public ILocator AddButton => page.GetByRole(AriaRole.Button, new() { Name = "Add supplier" });

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Details => page.GetByLabel("Supplier details");

    public ILocator NameBox => Details.GetByLabel("Name", new() { Exact = true });

    public ILocator EmailBox => Details.GetByLabel("E-mail");

    public ILocator LeadTimeBox => Details.GetByLabel("Lead time (days)");

    public ILocator MinimumOrderBox => Details.GetByLabel("Minimum order (PLN)");

    public ILocator SaveButton => Details.GetByRole(AriaRole.Button, new() { Name = "Save supplier" });

    public ILocator Alert => Details.GetByRole(AriaRole.Alert);

    public ILocator Saved => Details.GetByText("Saved.", new() { Exact = true });

    public ILocator Models => page.GetByLabel("Models of this supplier");

    public ILocator RowFor(string text) => page.GetByRole(AriaRole.Grid).GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public static Regex CardAddress() => CardPattern();

    public async Task SetNumberAsync(ILocator box, string value)
    {
        await box.FillAsync(value);
        await box.PressAsync("Tab");
    }

    [GeneratedRegex(@"/catalog/suppliers/(?<id>\d+)$")]
    private static partial Regex CardPattern();
}
