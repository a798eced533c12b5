using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Certificates;

public static class CertificateTestData
{
    public static async Task<CertificateSeries> SeriesAsync(CoreHost host, long? faceValue = 10000, bool partial = true, SalesChannel usableIn = SalesChannel.All)
    {
        await using var db = await host.NewContextAsync();
        var series = new CertificateSeries
        {
            Name = "Karta " + Guid.NewGuid().ToString("N")[..6],
            FaceValueMinor = faceValue,
            AllowPartialUse = partial,
            UsableIn = usableIn,
            ValidityMonths = 12,
            Conditions = "Do wykorzystania w sklepie internetowym i stacjonarnym.",
        };
        db.Add(series);
        await db.SaveChangesAsync();
        return series;
    }
}
