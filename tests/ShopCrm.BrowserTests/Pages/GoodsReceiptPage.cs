using System.Text.RegularExpressions;

namespace ShopCrm.BrowserTests.Pages;

// The goods receipt list and editor.
public sealed class GoodsReceiptPage(IPage page)
{
    public const string ListPath = "/warehouse/receipts";

    public static readonly Regex EditorAddress = new("/warehouse/receipts/\\d+$");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator NewButton => page.GetByRole(AriaRole.Button, new() { Name = "New goods receipt" });

    public ILocator SupplierBox => page.GetByRole(AriaRole.Combobox).Nth(0);

    public ILocator SupplierDocumentBox => page.GetByLabel("Supplier's document number");

    public ILocator CreateDraftButton => page.GetByRole(AriaRole.Button, new() { Name = "Create draft" });

    public ILocator ProductBox => page.GetByLabel("Model (SKU, name or EAN)");

    public ILocator QuantityBox => page.GetByLabel("Quantity");

    public ILocator PriceBox => page.GetByLabel("Purchase price net (PLN)");

    public ILocator AddLineButton => page.GetByRole(AriaRole.Button, new() { Name = "Add line" });

    public ILocator PostButton => page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true });

    public ILocator Lines => page.GetByRole(AriaRole.Grid);

    public ILocator Confirmation => page.GetByRole(AriaRole.Alertdialog);

    // From the receipt list: a new draft on the supplier's document.
    public async Task StartDraftAsync(ShellPage shell, string supplier, string supplierDocument)
    {
        await NewButton.ClickAsync();
        await Expect(Heading).ToHaveTextAsync("New goods receipt");
        await shell.WaitUntilInteractiveAsync();
        await ChooseSupplierAsync(supplier);
        await SupplierDocumentBox.FillAsync(supplierDocument);
        await CreateDraftButton.ClickAsync();
        await Expect(page).ToHaveURLAsync(EditorAddress);
        await Expect(Heading).ToContainTextAsync("draft");
    }

    public async Task ChooseSupplierAsync(string name)
    {
        await SupplierBox.ClickAsync();
        await page.Locator(".rz-dropdown-filter").FillAsync(name);
        await page.GetByRole(AriaRole.Option, new() { Name = name }).ClickAsync();
        await Expect(SupplierBox).ToContainTextAsync(name);
    }

    public async Task AddLineAsync(string sku, int quantity, decimal price)
    {
        // Radzen's autocomplete searches on key presses, not on a pasted value.
        await ProductBox.PressSequentiallyAsync(sku, new() { Delay = 30 });
        await page.Locator(".rz-autocomplete-list-item").Filter(new() { HasText = sku }).First.ClickAsync();
        await QuantityBox.FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await PriceBox.FillAsync(price.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await AddLineButton.ClickAsync();
        await Expect(Lines.GetByRole(AriaRole.Row).Filter(new() { HasText = sku })).ToContainTextAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task PostAsync()
    {
        await PostButton.ClickAsync();
        await Expect(Confirmation).ToContainTextAsync("A posted receipt cannot be changed.");
        await Confirmation.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true }).ClickAsync();
    }
}
