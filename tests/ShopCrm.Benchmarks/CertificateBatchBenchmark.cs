using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Data;

namespace ShopCrm.Benchmarks;

// Issuing a batch of 10,000 gift cards (codes, cards, activation ledger rows, audit rows) in one transaction.
[MemoryDiagnoser]
public class CertificateBatchBenchmark
{
    private BenchDatabase database = default!;
    private int seriesId;
    private int run;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup()
    {
        database = new BenchDatabase(Provider);
        using var db = database.NewContext();
        var series = new CertificateSeries { Name = "Bench", FaceValueMinor = 5000 };
        db.Add(series);
        db.SaveChanges();
        seriesId = series.Id;
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark]
    public async Task<int> IssueTenThousand()
    {
        var service = database.Services.GetRequiredService<CertificateService>();
        var result = await service.IssueBatchAsync(new SaleRequest(seriesId, SalesChannel.SalesRep), 10_000, $"BENCH-{run++}");
        return result.Value!.Count;
    }
}
