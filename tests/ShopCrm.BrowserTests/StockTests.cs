using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class StockTests(BrowserApp app)
{
    [Fact]
    public async Task The_warehouse_worker_receives_goods_sees_stock_rise_and_after_sales_sees_it_low()
    {
        var (sku, supplier) = await ModelWithMinimumOf5Async();
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.Warehouse);

        // A delivery of 12 reels on the supplier's invoice.
        await shell.OpenMenuEntryAsync("Goods receipts", GoodsReceiptPage.ListPath);
        var receipt = new GoodsReceiptPage(page);
        await shell.WaitUntilLoadedAsync();
        await receipt.StartDraftAsync(shell, supplier, "FV 2211/2026");
        await receipt.AddLineAsync(sku, 12, 189.90m);
        await Screenshots.SaveAsync(page, "warehouse-goods-receipt-draft");
        await receipt.PostAsync();
        await Expect(receipt.Heading).ToHaveTextAsync(new Regex(@"^Goods receipt PZ/\d{4}/\d{5}$"));
        await Expect(receipt.AddLineButton).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "warehouse-goods-receipt-posted");

        // The stock page shows the 12 on hand and available.
        await shell.OpenMenuEntryAsync("Stock", StockPage.Path);
        var stock = new StockPage(page);
        await shell.WaitUntilLoadedAsync();
        await stock.SearchAsync(sku);
        await Expect(stock.RowFor(sku)).ToContainTextAsync("In stock");
        await Expect(stock.AvailableCell(sku)).ToHaveTextAsync("12");
        await Screenshots.SaveAsync(page, "warehouse-stock-after-receipt");

        // Orders (not built yet) sells 8: reserve and commit through the service it will call.
        var reservations = app.Services.GetRequiredService<IStockReservations>();
        var productId = await ProductIdAsync(sku);
        for (var line = 1; line <= 4; line++)
        {
            Assert.True((await reservations.ReserveAsync($"ZAM-TEST-{sku}/{line}", productId, 2)).Succeeded);
            Assert.True((await reservations.CommitAsync($"ZAM-TEST-{sku}/{line}")).Succeeded);
        }

        await page.ReloadAsync();
        await shell.WaitUntilInteractiveAsync();
        await stock.ShowOnlyAsync("Low (at or below minimum)");
        await stock.SearchAsync(sku);
        await shell.WaitUntilLoadedAsync();
        await Expect(stock.RowFor(sku)).ToContainTextAsync("Low");
        await Expect(stock.AvailableCell(sku)).ToHaveTextAsync("4");
        await Screenshots.SaveAsync(page, "warehouse-stock-low");
        Assert.Empty(session.BrowserErrors);
    }

    // The Catalog demo data is someone else's part: this test brings its own model, supplier and warehouse.
    private async Task<(string Sku, string Supplier)> ModelWithMinimumOf5Async()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var category = new Category { Name = $"Kołowrotki karpiowe {suffix}" };
        db.Add(category);
        await db.SaveChangesAsync();
        category.Path = $"/{category.Id}/";
        var supplier = new Supplier { Name = $"Hurtownia Wędkarska Karp {suffix}" };
        db.Add(supplier);
        if (!await db.Set<Warehouse>().AnyAsync(w => w.IsDefault && w.IsActive))
        {
            db.Add(new Warehouse { Code = $"MAG{suffix}", Name = "Magazyn główny", IsDefault = true });
        }

        var sku = $"KOL-{suffix}";
        db.Add(new Product
        {
            Sku = sku,
            Name = "Kołowrotek karpiowy 5000 z wolnym biegiem",
            NormalizedName = "kolowrotek karpiowy 5000 z wolnym biegiem",
            CategoryId = category.Id,
            NetPriceMinor = 32439,
            GrossPriceMinor = 39900,
            Status = ProductStatus.Active,
            MinimumStock = 5,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return (sku, supplier.Name);
    }

    private async Task<int> ProductIdAsync(string sku)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<Product>().Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync();
    }
}
