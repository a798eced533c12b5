using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Tests.Builders;

// A series of gift cards (CertificateSeries), valid 12 months, under a name with a random tag (series names are unique).
public sealed record GiftCardSeriesBuilder(IServiceProvider Services)
{
    private long? FaceValueMinor { get; init; } = 10_000;

    private bool AllowPartialUse { get; init; } = true;

    private SalesChannel UsableIn { get; init; } = SalesChannel.All;

    private string NamePrefix { get; init; } = "Karta ";

    private string Conditions { get; init; } = "Do wykorzystania w sklepie internetowym i stacjonarnym.";

    public GiftCardSeriesBuilder Worth(long faceValueMinor) => this with { FaceValueMinor = faceValueMinor };

    // The buyer chooses the value at sale, between the series' minimum and maximum.
    public GiftCardSeriesBuilder OfChosenValue() => this with { FaceValueMinor = null };

    public GiftCardSeriesBuilder PartialUse(bool allowed) => this with { AllowPartialUse = allowed };

    public GiftCardSeriesBuilder SingleUse() => PartialUse(false);

    public GiftCardSeriesBuilder UsableOnlyIn(SalesChannel channel) => this with { UsableIn = channel };

    public GiftCardSeriesBuilder NamedStartingWith(string prefix) => this with { NamePrefix = prefix };

    public GiftCardSeriesBuilder WithConditions(string conditions) => this with { Conditions = conditions };

    public async Task<CertificateSeries> BuildAsync()
    {
        var series = new CertificateSeries
        {
            Name = NamePrefix + Guid.NewGuid().ToString("N")[..6],
            FaceValueMinor = FaceValueMinor,
            AllowPartialUse = AllowPartialUse,
            UsableIn = UsableIn,
            ValidityMonths = 12,
            Conditions = Conditions,
        };
        await using var db = await Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        db.Add(series);
        await db.SaveChangesAsync();
        return series;
    }
}
