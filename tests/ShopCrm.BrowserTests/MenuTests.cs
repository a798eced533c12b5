using System.Text.RegularExpressions;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MenuTests(BrowserApp app)
{
    private static readonly Dictionary<string, (string Path, string Heading)> PagesByMenuEntry = new()
    {
        ["Dashboard"] = ("/", "Dashboard"),
        ["Orders"] = ("/orders", "Orders"),
        ["Today"] = ("/orders/today", "Today"),
        ["Assembly and packing"] = ("/orders/assembly", "Assembly and packing"),
        ["Clients"] = ("/clients", "Clients"),
        ["My tasks"] = ("/tasks", "My tasks"),
        ["Category rules"] = ("/clients/rules", "Category rules"),
        ["Segments"] = ("/clients/segments", "Segments"),
        ["Client duplicates"] = ("/clients/duplicates", "Client duplicates"),
        ["Client imports"] = ("/clients/imports", "Client imports"),
        ["Models"] = ("/catalog/models", "Models"),
        ["Incomplete cards"] = ("/catalog/incomplete", "Incomplete cards"),
        ["Categories"] = ("/catalog/categories", "Categories"),
        ["Brands & series"] = ("/catalog/brands", "Brands & series"),
        ["Tags & interests"] = ("/catalog/tags", "Tags & interests"),
        ["Suppliers"] = ("/catalog/suppliers", "Suppliers"),
        ["Duplicates"] = ("/catalog/duplicates", "Duplicates"),
        ["Import and export"] = ("/catalog/imports", "Import and export"),
        ["Stock"] = ("/warehouse/stock", "Stock"),
        ["Goods receipts"] = ("/warehouse/receipts", "Goods receipts"),
        ["Stock movements"] = ("/warehouse/movements", "Stock movements"),
        ["Warehouses"] = ("/warehouse/warehouses", "Warehouses"),
        ["Restock"] = ("/warehouse/restock", "Restock"),
        ["Purchase orders"] = ("/warehouse/purchase-orders", "Purchase orders"),
        ["Gift cards"] = ("/certificates", "Gift cards"),
        ["Reports"] = ("/certificates/reports", "Gift card reports"),
        ["Card series"] = ("/certificates/series", "Card series"),
        ["API keys"] = ("/admin/api-keys", "API keys"),
        ["Audit log"] = ("/admin/audit", "Audit log"),
    };

    public static TheoryData<string, string[]> MenuOfEachRole => new()
    {
        { Roles.Owner, ["Dashboard", "Orders", "Today", "Assembly and packing", "Clients", "My tasks", "Segments", "Client duplicates", "Client imports", "Category rules", "Models", "Incomplete cards", "Categories", "Brands & series", "Tags & interests", "Suppliers", "Duplicates", "Import and export", "Stock", "Goods receipts", "Stock movements", "Warehouses", "Restock", "Purchase orders", "Gift cards", "Reports", "Card series", "API keys", "Audit log"] },
        { Roles.OrderManager, ["Dashboard", "Orders", "Today", "Assembly and packing", "Clients", "My tasks", "Client duplicates", "Models", "Suppliers", "Stock", "Goods receipts", "Stock movements", "Warehouses", "Gift cards"] },
        { Roles.Warehouse, ["Dashboard", "Orders", "Assembly and packing", "My tasks", "Models", "Incomplete cards", "Suppliers", "Import and export", "Stock", "Goods receipts", "Stock movements", "Warehouses", "Restock", "Purchase orders"] },
        { Roles.ContentEditor, ["Dashboard", "My tasks", "Models", "Incomplete cards", "Categories", "Brands & series", "Tags & interests", "Suppliers", "Duplicates", "Import and export"] },
        { Roles.Accountant, ["Dashboard", "Orders", "Clients", "My tasks", "Gift cards", "Reports", "Card series", "Audit log"] },
        { Roles.Moderator, ["Dashboard"] },
    };

    [Theory]
    [MemberData(nameof(MenuOfEachRole))]
    public async Task Each_role_sees_and_opens_exactly_its_menu_entries(string role, string[] expectedEntries)
    {
        await using var session = await app.OpenSessionAsync();
        var shell = await DemoLogin.AsAsync(session.Page, role);

        // Exactly these, in this order: a retrying check, since the menu renders again when the circuit connects.
        await Expect(shell.MenuEntryTitles).ToHaveTextAsync(expectedEntries);
        foreach (var entry in expectedEntries)
        {
            var (path, heading) = PagesByMenuEntry[entry];
            await shell.OpenMenuEntryAsync(entry, path);
            await Expect(shell.Heading).ToHaveTextAsync(heading);
            await shell.WaitUntilLoadedAsync();
            await Expect(shell.ErrorPanel).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(session.Page, $"{role}-{entry}");
        }

        Assert.Empty(session.BrowserErrors);
    }

    [Fact]
    public async Task A_page_outside_the_role_shows_no_access_instead_of_the_page()
    {
        await using var session = await app.OpenSessionAsync();
        await DemoLogin.AsAsync(session.Page, Roles.Warehouse);

        await session.Page.GotoAsync(ApiKeysPage.Path);

        await Expect(session.Page).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You have no access to this page");
        await Expect(new ApiKeysPage(session.Page).CreateButton).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(session.Page, "warehouse-no-access");
    }
}
