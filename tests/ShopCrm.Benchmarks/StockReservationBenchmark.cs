using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Data;

namespace ShopCrm.Benchmarks;

// Fifty orders at once for the last ten units of one model: each reservation claims its order line and takes
// a unit by a conditional update. Every iteration starts from a fresh model with ten on hand; exactly ten
// must succeed, or the run fails.
[MemoryDiagnoser]
public class StockReservationBenchmark
{
    private const int Orders = 50;
    private const int LastUnits = 10;

    private BenchDatabase database = default!;
    private int categoryId;
    private int warehouseId;
    private int productId;
    private int run;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup()
    {
        database = new BenchDatabase(Provider);
        using var db = database.NewContext();
        var category = new Category { Name = "Kołowrotki", Path = "/" };
        var warehouse = new Warehouse { Code = $"BENCH-{Guid.NewGuid():N}"[..20], Name = "Magazyn główny", IsDefault = true };
        db.AddRange(category, warehouse);
        db.SaveChanges();
        categoryId = category.Id;
        warehouseId = warehouse.Id;
    }

    [IterationSetup]
    public void FreshModelWithTenUnits()
    {
        using (var db = database.NewContext())
        {
            var product = new Product
            {
                Sku = $"BENCH-{Guid.NewGuid():N}",
                Name = "Kołowrotek spinningowy 3000",
                CategoryId = categoryId,
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            };
            db.Add(product);
            db.SaveChanges();
            productId = product.Id;
        }

        var received = database.Services.GetRequiredService<StockService>().ReceiveAsync(productId, warehouseId, LastUnits, "Benchmark", null).GetAwaiter().GetResult();
        if (!received.Succeeded)
        {
            throw new InvalidOperationException(received.Error!.Message);
        }

        run++;
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark]
    public async Task<int> FiftyOrdersForTheLastTenUnits()
    {
        var reservations = database.Services.GetRequiredService<IStockReservations>();
        var results = await Task.WhenAll(Enumerable.Range(1, Orders)
            .Select(i => Task.Run(() => reservations.ReserveAsync($"BENCH-{run}-{i}/1", productId, 1))));
        var succeeded = results.Count(r => r.Succeeded);
        return succeeded == LastUnits ? succeeded : throw new InvalidOperationException($"{succeeded} of {Orders} reservations got a unit, not {LastUnits}.");
    }
}
