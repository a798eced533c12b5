using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Jobs;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

// One model's whole round in the warehouse: delivered, sold below its minimum, flagged by the restock job,
// ordered again from its supplier on a PDF.
[Collection(BrowserCollection.Name)]
public sealed class RestockJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_warehouse_worker_receives_goods_and_after_sales_below_the_minimum_orders_them_again_on_a_purchase_order_pdf()
    {
        var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var sku = $"SPL-{run}";
        var modelName = $"Spławik Drennan Crystal 4 g {run}";
        var supplier = $"Hurtownia Leszcz {run}";
        var supplierCode = $"DR-{run}-4G";
        var productId = await SeedAsync(sku, modelName, supplier, supplierCode, run);
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.Warehouse);

        // Nothing on hand yet.
        await shell.OpenMenuEntryAsync("Stock", StockPage.Path);
        var stock = new StockPage(page);
        await shell.WaitUntilLoadedAsync();
        await stock.SearchAsync(sku);
        await Expect(stock.RowFor(sku)).ToContainTextAsync("Out of stock");
        await Screenshots.SaveAsync(page, "journey-1-stock-before-delivery");

        // A delivery of 12 floats on the supplier's invoice.
        await shell.OpenMenuEntryAsync("Goods receipts", GoodsReceiptPage.ListPath);
        var receipt = new GoodsReceiptPage(page);
        await shell.WaitUntilLoadedAsync();
        await receipt.StartDraftAsync(shell, supplier, $"FV {run}/11/2026");
        await receipt.AddLineAsync(sku, 12, 7.40m);
        await receipt.PostAsync();
        await Expect(receipt.Heading).ToHaveTextAsync(new Regex(@"^Goods receipt PZ/\d{4}/\d{5}$"));
        await Screenshots.SaveAsync(page, "journey-2-goods-receipt-posted");

        await shell.OpenMenuEntryAsync("Stock", StockPage.Path);
        await shell.WaitUntilLoadedAsync();
        await stock.SearchAsync(sku);
        await Expect(stock.RowFor(sku)).ToContainTextAsync("In stock");
        await Expect(stock.AvailableCell(sku)).ToHaveTextAsync("12");
        await Screenshots.SaveAsync(page, "journey-3-stock-after-delivery");

        // Orders sells 9 of them on three orders, reserving and then committing as Orders does: 3 left, minimum 5.
        var reservations = app.Services.GetRequiredService<IStockReservations>();
        for (var sale = 1; sale <= 3; sale++)
        {
            Assert.True((await reservations.ReserveAsync($"ZAM-{run}/{sale}", productId, 3)).Succeeded);
            Assert.True((await reservations.CommitAsync($"ZAM-{run}/{sale}")).Succeeded);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // As Quartz runs it: in a scope of its own.
            await ActivatorUtilities.CreateInstance<RestockJob>(scope.ServiceProvider).RunAsync();
        }

        await page.ReloadAsync();
        await shell.WaitUntilInteractiveAsync();
        await shell.WaitUntilLoadedAsync();
        await stock.SearchAsync(sku);
        await Expect(stock.RowFor(sku)).ToContainTextAsync("Low");
        await Expect(stock.AvailableCell(sku)).ToHaveTextAsync("3");
        await Screenshots.SaveAsync(page, "journey-4-stock-after-sales");

        await shell.OpenMenuEntryAsync("Restock", RestockPage.Path);
        var restock = new RestockPage(page);
        await Expect(restock.Heading).ToBeVisibleAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(restock.RowFor(modelName)).ToContainTextAsync("Below minimum");
        await restock.ShowSupplierAsync(supplier);
        await shell.WaitUntilLoadedAsync();
        await Expect(restock.Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = "Below minimum" })).ToHaveCountAsync(1);
        await Expect(restock.RowFor(modelName)).ToContainTextAsync(supplier);
        await Screenshots.SaveAsync(page, "journey-5-restock-alert");

        await restock.QuantityBox(modelName).FillAsync("20");
        await restock.QuantityBox(modelName).PressAsync("Tab");
        await restock.OrderBox(modelName).CheckAsync();
        await Expect(restock.Chosen).ToHaveTextAsync("1 chosen · 1 purchase order");
        await restock.CreateOrdersButton.ClickAsync();

        await Expect(page).ToHaveURLAsync(PurchaseOrderPage.Address());
        var order = new PurchaseOrderPage(page);
        await shell.WaitUntilLoadedAsync();
        var number = await order.NumberAsync();
        var line = order.Lines.GetByRole(AriaRole.Row).Filter(new() { HasText = modelName });
        await Expect(line).ToContainTextAsync(supplierCode);
        await Expect(line).ToContainTextAsync("20");
        await order.SendAsync();
        await Expect(order.Status).ToContainTextAsync("Sent");

        // The notices fade after a few seconds; the picture is of the order, not of them.
        await Expect(order.Notice("Order sent")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "journey-6-purchase-order-sent");

        var text = await order.PdfTextAsync();
        Assert.Contains($"Zamówienie do dostawcy {number}", text, StringComparison.Ordinal);
        var pdfLine = text.Split('\n').Single(l => l.Contains(supplierCode, StringComparison.Ordinal));
        Assert.Contains(modelName, pdfLine, StringComparison.Ordinal);
        Assert.Matches(@"\s20 szt\.", pdfLine);
        Assert.Empty(session.BrowserErrors);
    }

    // The Catalog demo data is someone else's part: the model, its leading supplier and the default warehouse are the test's own.
    private async Task<int> SeedAsync(string sku, string modelName, string supplierName, string supplierCode, string run)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var category = new Category { Name = $"Spławiki {run}" };
        var supplier = new Supplier { Name = supplierName, LeadTimeDays = 5, Email = $"zamowienia-{run.ToLowerInvariant()}@leszcz.pl" };
        db.AddRange(category, supplier);
        if (!await db.Set<Warehouse>().AnyAsync(w => w.IsDefault && w.IsActive))
        {
            db.Add(new Warehouse { Code = $"MAG{run}", Name = "Magazyn główny", IsDefault = true });
        }

        await db.SaveChangesAsync();
        category.Path = $"/{category.Id}/";
        var product = new Product
        {
            Sku = sku,
            Name = modelName,
            NormalizedName = modelName.ToLowerInvariant(),
            CategoryId = category.Id,
            NetPriceMinor = 1_219,
            GrossPriceMinor = 1_499,
            PurchasePriceMinor = 740,
            Status = ProductStatus.Active,
            MinimumStock = 5,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Add(product);
        await db.SaveChangesAsync();
        db.Add(new SupplierProduct { SupplierId = supplier.Id, ProductId = product.Id, SupplierCode = supplierCode, PurchasePriceMinor = 740, IsLeading = true });
        await db.SaveChangesAsync();
        return product.Id;
    }
}
