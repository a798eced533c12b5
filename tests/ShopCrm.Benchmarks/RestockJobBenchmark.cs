using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Jobs;
using ShopCrm.Core.Data;

namespace ShopCrm.Benchmarks;

// The hourly restock job over 25,000 active models from 120 suppliers with 90 days of ledger (a sale
// every other day per model, about 1.1 million movements). Each iteration starts with no alerts, so every
// run finds and writes the day's alerts (several thousand) as the first run of a day would.
[MemoryDiagnoser]
public class RestockJobBenchmark
{
    private const int Models = 25_000;
    private const int Suppliers = 120;
    private const int Days = 90;

    private BenchDatabase database = default!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup()
    {
        database = new BenchDatabase(Provider);
        using var db = database.NewContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var category = new Category { Name = "Wędki", Path = "/" };
        var warehouse = new Warehouse { Code = "MAG", Name = "Magazyn główny", IsDefault = true };
        db.AddRange(category, warehouse);
        var suppliers = Enumerable.Range(1, Suppliers).Select(i => new Supplier { Name = $"Hurtownia {i:000}", LeadTimeDays = 3 + i % 20 }).ToList();
        db.AddRange(suppliers);
        db.SaveChanges();
        var firstSupplier = suppliers.Min(s => s.Id);
        var created = DateTime.UtcNow.AddDays(-Days - 1);

        db.Database.ExecuteSql($"""
            WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {Models})
            INSERT INTO "Products" ("Sku", "Name", "NormalizedName", "CategoryId", "NetPriceMinor", "VatRatePercent", "GrossPriceMinor",
                "Currency", "Status", "MinimumStock", "Completeness", "PublishedIncomplete", "CreatedAt", "UpdatedAt", "Version")
            SELECT 'B-' || n, 'Model ' || n, 'model ' || n, {category.Id}, 10000, 23, 12300, 'PLN', 1, 5 + n % 10, 100, (1 = 0), {created}, {created}, 0 FROM g
            """);
        db.Database.ExecuteSql($"""
            INSERT INTO "ProductStocks" ("ProductId", "WarehouseId", "OnHand", "Reserved")
            SELECT "Id", {warehouse.Id}, ("Id" * 7) % 60, 0 FROM "Products"
            """);
        db.Database.ExecuteSql($"""
            INSERT INTO "SupplierProducts" ("SupplierId", "ProductId", "SupplierCode", "PurchasePriceMinor", "IsLeading")
            SELECT {firstSupplier} + "Id" % {Suppliers}, "Id", 'S-' || "Id", 6000, (1 = 1) FROM "Products"
            """);

        // One statement per day keeps the SQL the same on both providers (no date arithmetic in SQL).
        var today = DateTime.UtcNow.Date;
        for (var day = 1; day <= Days; day++)
        {
            var at = today.AddDays(-day).AddHours(10);
            db.Database.ExecuteSql($"""
                INSERT INTO "StockMovements" ("ProductId", "WarehouseId", "Type", "OnHandChange", "ReservedChange", "At", "UserName")
                SELECT "Id", {warehouse.Id}, {(int)StockMovementType.Sale}, -(1 + "Id" % 3), 0, {at}, 'bench' FROM "Products"
                WHERE ("Id" + {day}) % 2 = 0
                """);
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            db.Database.ExecuteSql($"VACUUM ANALYZE");
        }
        else
        {
            db.Database.ExecuteSql($"ANALYZE");
        }
    }

    [IterationSetup]
    public void ForgetAlerts()
    {
        using var db = database.NewContext();
        db.Database.ExecuteSql($"""DELETE FROM "RestockAlerts" """);
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark]
    public async Task<int> RunRestockJob()
    {
        await using var scope = database.Services.CreateAsyncScope();
        var run = await ActivatorUtilities.CreateInstance<RestockJob>(scope.ServiceProvider).RunAsync();
        return run.NewAlertIds.Count;
    }
}
