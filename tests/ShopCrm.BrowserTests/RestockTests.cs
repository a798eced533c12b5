using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Jobs;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class RestockTests(BrowserApp app)
{
    [Fact]
    public async Task The_warehouse_worker_sees_a_restock_alert_orders_from_the_supplier_downloads_the_pdf_and_sends_it()
    {
        var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var rodName = $"Wędka spinningowa Jaxon Żywiec 2,40 m ({run})";
        var reelName = $"Kołowrotek Okuma Ceymar 3000 ({run})";
        await SeedAsync(run, rodName, reelName);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // As Quartz runs it: in a scope of its own.
            await ActivatorUtilities.CreateInstance<RestockJob>(scope.ServiceProvider).RunAsync();
        }

        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.Warehouse);
        await shell.WaitUntilLoadedAsync();
        await Expect(RestockPage.DashboardLink(page)).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "warehouse-dashboard-restock");

        await RestockPage.DashboardLink(page).ClickAsync();
        var restock = new RestockPage(page);
        await Expect(restock.Heading).ToBeVisibleAsync();
        await shell.WaitUntilInteractiveAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(restock.RowFor(rodName)).ToContainTextAsync("Below minimum");
        await Expect(restock.RowFor(rodName)).ToContainTextAsync($"Hurtownia Szczupak {run}");
        await Expect(restock.RowFor(rodName)).ToContainTextAsync("delivers in 7 days");
        await Expect(restock.RowFor(reelName)).ToContainTextAsync("Runs out before delivery");
        await Expect(restock.QuantityBox(rodName)).ToHaveValueAsync("4");
        await Expect(restock.CreateOrdersButton).ToBeDisabledAsync();

        // The suggested 4 rods become 12; both models go on one order to their leading supplier.
        await restock.QuantityBox(rodName).FillAsync("12");
        await restock.QuantityBox(rodName).PressAsync("Tab");
        await restock.OrderBox(rodName).CheckAsync();
        await restock.OrderBox(reelName).CheckAsync();
        await Expect(restock.Chosen).ToHaveTextAsync("2 chosen · 1 purchase order");
        await Screenshots.SaveAsync(page, "warehouse-restock-choose");
        await restock.CreateOrdersButton.ClickAsync();

        await Expect(page).ToHaveURLAsync(PurchaseOrderPage.Address());
        var order = new PurchaseOrderPage(page);
        await shell.WaitUntilLoadedAsync();
        var number = await order.NumberAsync();
        await Expect(order.Status).ToContainTextAsync("Not sent");
        await Expect(order.Lines.GetByRole(AriaRole.Row).Filter(new() { HasText = rodName })).ToContainTextAsync($"JX-{run}-240");
        await Expect(order.Lines.GetByRole(AriaRole.Row).Filter(new() { HasText = rodName })).ToContainTextAsync("12");
        await Expect(order.Total).ToContainTextAsync("4,320.00 PLN");
        await Screenshots.SaveAsync(page, "warehouse-purchase-order");

        var text = await order.PdfTextAsync();
        Assert.Contains($"Zamówienie do dostawcy {number}", text, StringComparison.Ordinal);
        Assert.Contains($"JX-{run}-240", text, StringComparison.Ordinal);
        Assert.Contains("Wędka spinningowa Jaxon Żywiec", text, StringComparison.Ordinal);

        await order.SendAsync();
        await Expect(order.Notice("Order sent")).ToBeVisibleAsync();
        await Expect(order.Status).ToContainTextAsync("Sent");
        await Expect(order.Status).ToContainTextAsync($"sent to zamowienia-{run.ToLowerInvariant()}@szczupak.pl");
        await Expect(order.SendButton).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "warehouse-purchase-order-sent");

        await shell.OpenMenuEntryAsync("Purchase orders", PurchaseOrderPage.ListPath);
        await shell.WaitUntilLoadedAsync();
        await Expect(page.GetByRole(AriaRole.Grid).GetByRole(AriaRole.Row).Filter(new() { HasText = number })).ToContainTextAsync("Sent");
        await Screenshots.SaveAsync(page, "warehouse-purchase-orders-list");

        await shell.OpenMenuEntryAsync("Restock", RestockPage.Path);
        await shell.WaitUntilLoadedAsync();
        await Expect(restock.RowFor(rodName)).ToHaveCountAsync(0);
        Assert.Empty(session.BrowserErrors);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var mail = await db.OutboxMessages.Where(m => m.Payload.Contains($"zamowienia-{run.ToLowerInvariant()}@szczupak.pl")).SingleAsync();
        Assert.Contains(number, mail.Payload, StringComparison.Ordinal);
    }

    // A rod below its minimum and a reel that sells faster than the supplier delivers, with one leading supplier.
    private async Task SeedAsync(string run, string rodName, string reelName)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var category = new Category { Name = $"Wędki {run}", Path = "/" };
        var warehouse = new Warehouse { Code = $"M{run}", Name = $"Magazyn {run}" };
        var supplier = new Supplier { Name = $"Hurtownia Szczupak {run}", LeadTimeDays = 7, Email = $"zamowienia-{run.ToLowerInvariant()}@szczupak.pl", ContactName = "Grzegorz Łukasiewicz" };
        db.AddRange(category, warehouse, supplier);
        await db.SaveChangesAsync();
        var now = DateTime.UtcNow;
        var rod = Model($"WS-{run}", rodName, category, minimum: 5, purchaseMinor: 12900, now);
        var reel = Model($"KO-{run}", reelName, category, minimum: 2, purchaseMinor: 8400, now);
        (rod.AvailableStock, reel.AvailableStock) = (1, 6);
        db.AddRange(rod, reel);
        await db.SaveChangesAsync();
        db.AddRange(
            new ProductStock { ProductId = rod.Id, WarehouseId = warehouse.Id, OnHand = 1 },
            new ProductStock { ProductId = reel.Id, WarehouseId = warehouse.Id, OnHand = 6 },
            new SupplierProduct { SupplierId = supplier.Id, ProductId = rod.Id, SupplierCode = $"JX-{run}-240", PurchasePriceMinor = 12900, IsLeading = true },
            new SupplierProduct { SupplierId = supplier.Id, ProductId = reel.Id, SupplierCode = $"OK-{run}-3000", PurchasePriceMinor = 8400, IsLeading = true });
        // The reel sold one a day for the last 30 days: 6 left last 6 days, the supplier needs 7.
        for (var day = 1; day <= 30; day++)
        {
            db.Add(new StockMovement
            {
                ProductId = reel.Id,
                WarehouseId = warehouse.Id,
                Type = StockMovementType.Sale,
                OnHandChange = -1,
                At = now.AddDays(-day).AddHours(1),
                UserName = "sklep internetowy",
                Document = $"WEB-{run}-{day}",
            });
        }

        await db.SaveChangesAsync();
    }

    private static Product Model(string sku, string name, Category category, int minimum, long purchaseMinor, DateTime now) => new()
    {
        Sku = sku,
        Name = name,
        NormalizedName = name.ToLowerInvariant(),
        CategoryId = category.Id,
        NetPriceMinor = 19900,
        GrossPriceMinor = 24477,
        PurchasePriceMinor = purchaseMinor,
        Status = ProductStatus.Active,
        MinimumStock = minimum,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
