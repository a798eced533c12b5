using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

// Issue 11: a form the service would refuse is shown read-only, and an import the person may not run
// is refused before it starts, in the browser as a person meets it.
[Collection(BrowserCollection.Name)]
public sealed class PermissionBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task The_order_manager_sees_the_new_model_form_read_only_without_a_save_button()
    {
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.OrderManager);

        await page.GotoAsync("/catalog/models/new");
        var editor = new ModelEditorPage(page);
        await shell.WaitUntilLoadedAsync();

        await Expect(editor.ReadOnlyNotice).ToBeVisibleAsync();
        await Expect(editor.Name).ToBeDisabledAsync();
        await Expect(editor.Sku).ToBeDisabledAsync();
        await Expect(editor.Description).ToBeDisabledAsync();
        await Expect(editor.SaveButton).ToHaveCountAsync(0);
        await Expect(editor.AddSupplierButton).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "order-manager-new-model-read-only");
    }

    [Fact]
    public async Task The_warehouse_cannot_start_an_import_that_changes_prices_or_status()
    {
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.Warehouse);
        await shell.OpenMenuEntryAsync("Import and export", CatalogImportsPage.Path);
        var imports = new CatalogImportsPage(page);
        await Expect(imports.Heading).ToBeVisibleAsync();
        await shell.WaitUntilLoadedAsync();

        await imports.UploadAsync("ceny.csv", "SKU;Name;Net price;Status\nATK-0001;Wędka tania;1,00;Active\n");

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "You may not change Net price" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "You may not change Status" })).ToBeVisibleAsync();
        await Expect(imports.ImportButton).ToBeDisabledAsync();
        await Screenshots.SaveAsync(page, "warehouse-import-price-columns-refused");
    }
}
