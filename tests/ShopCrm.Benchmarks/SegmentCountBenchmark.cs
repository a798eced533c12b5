using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Services.Segments;
using ShopCrm.Core.Data;

namespace ShopCrm.Benchmarks;

// The segment builder's live count over 1,000,000 clients with four conditions: interested in one of
// eight fishing purposes, bought from one of 50 suppliers in a half-year, born in September, marketing
// consent given. The clients are ClientBenchData's, shared with the client grid benchmark.
[Config(typeof(MedianAndP95Config))]
public class SegmentCountBenchmark
{
    private const int Clients = 1_000_000;

    private BenchDatabase database = default!;
    private SegmentDefinition segment = default!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup()
    {
        database = ClientBenchData.Open(Provider, Clients);
        using var db = database.NewContext();

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
}
