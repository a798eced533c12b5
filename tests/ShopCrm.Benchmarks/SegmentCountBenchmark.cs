using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services.Segments;
using ShopCrm.Core.Data;

namespace ShopCrm.Benchmarks;

// The segment builder's live count over 1,000,000 clients with four conditions: interested in one of
// eight fishing purposes, bought from one of 50 suppliers in a half-year, born in September, marketing
// consent given. Every client has an interest, a third bought a model (half of them in the period).
[Config(typeof(MedianAndP95Config))]
public class SegmentCountBenchmark
{
    private const int Clients = 1_000_000;
    private const int Models = 2_000;
    private const int Suppliers = 50;

    private BenchDatabase database = default!;
    private SegmentDefinition segment = default!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup()
    {
        database = new BenchDatabase(Provider, $"segment_{Clients}");
        using var db = database.NewContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(20));
        if (db.Set<Client>().Count() != Clients)
        {
            Generate(db);
        }

        var carp = db.Set<Tag>().Single(t => t.Name == "Karpiarstwo");
        var supplier = db.Set<Supplier>().Single(s => s.Name == "Hurtownia 07");
        segment = new SegmentDefinition
        {
            InterestTagIds = [carp.Id],
            BoughtSupplierId = supplier.Id,
            BoughtFrom = new DateOnly(2026, 1, 1),
            BoughtTo = new DateOnly(2026, 6, 30),
            BirthMonths = [9],
            MarketingConsent = true,
        };
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark]
    public Task<int> FourConditionCount() => database.Services.GetRequiredService<SegmentQuery>().CountAsync(segment);

    private void Generate(ShopDbContext db)
    {
        var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var inPeriod = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);
        var beforePeriod = new DateTime(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc);
        var tags = new[] { "Karpiarstwo", "Spinning", "Feeder", "Morskie", "Muchowe", "Spławik", "Podlodowe", "Sumowe" }.Select(n => new Tag { Name = n }).ToList();
        var category = new Category { Name = "Wędki", Path = "/" };
        db.AddRange(tags);
        db.Add(category);
        var suppliers = Enumerable.Range(1, Suppliers).Select(i => new Supplier { Name = $"Hurtownia {i:00}" }).ToList();
        db.AddRange(suppliers);
        db.SaveChanges();
        var firstTag = tags.Min(t => t.Id);
        var firstSupplier = suppliers.Min(s => s.Id);
        db.Database.ExecuteSql($"""
            WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {Models})
            INSERT INTO "Products" ("Sku", "Name", "NormalizedName", "CategoryId", "NetPriceMinor", "VatRatePercent", "GrossPriceMinor",
                "Currency", "Status", "MinimumStock", "Completeness", "PublishedIncomplete", "CreatedAt", "UpdatedAt", "Version")
            SELECT 'S-' || n, 'Model ' || n, 'model ' || n, {category.Id}, 10000, 23, 12300, 'PLN', 1, 0, 100, (1 = 0), {at}, {at}, 0 FROM g
            """);
        db.Database.ExecuteSql($"""
            INSERT INTO "SupplierProducts" ("SupplierId", "ProductId", "SupplierCode", "IsLeading")
            SELECT {firstSupplier} + "Id" % {Suppliers}, "Id", 'K-' || "Id", (1 = 1) FROM "Products"
            """);
        db.Database.ExecuteSql($"""
            WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {Clients})
            INSERT INTO "Clients" ("Kind", "DisplayName", "NormalizedName", "Country", "Channel", "PreferredLanguage", "MarketingConsent", "Status",
                "RegisteredAt", "UpdatedAt", "CompletedOrders", "TotalSpentMinor", "AverageCheckMinor", "RefusedParcels", "IsVip", "IsLost", "IsLousy",
                "RfmRecency", "RfmFrequency", "RfmMonetary", "Version", "BirthMonth", "Region")
            SELECT 'Person', 'Klient ' || n, 'klient ' || n, 'PL', 'Site', 'pl', (n % 2 = 0), 'Active', {at}, {at}, n % 7, (n % 7) * 15000, 15000, 0,
                (n % 50 = 0), (1 = 0), (1 = 0), 0, 0, 0, 0, n % 12 + 1, 'mazowieckie' FROM g
            """);
        db.Database.ExecuteSql($"""
            INSERT INTO "ClientInterests" ("ClientId", "TagId") SELECT "Id", {firstTag} + "Id" % 8 FROM "Clients"
            """);
        var firstModel = db.Set<Product>().Min(p => p.Id);
        db.Database.ExecuteSql($"""
            INSERT INTO "ClientPurchases" ("ClientId", "OrderId", "ProductId", "Quantity", "GrossMinor", "PurchasedAt")
            SELECT "Id", "Id", {firstModel} + "Id" % {Models}, 1, 12300, CASE WHEN "Id" % 6 = 0 THEN {inPeriod} ELSE {beforePeriod} END
            FROM "Clients" WHERE "Id" % 3 = 0
            """);
        db.Database.ExecuteSqlRaw("ANALYZE");
    }
}
