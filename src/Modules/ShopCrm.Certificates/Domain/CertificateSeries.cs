using ShopCrm.Certificates.Contracts;
using ShopCrm.Core.Auditing;

namespace ShopCrm.Certificates.Domain;

// A card design: what value it carries, how long it lives, where it may be sold and spent.
public sealed class CertificateSeries : IAudited
{
    public int Id { get; init; }

    public required string Name { get; set; }

    // Null: the buyer chooses the value at sale, between MinValueMinor and MaxValueMinor.
    public long? FaceValueMinor { get; set; }

    public long MinValueMinor { get; set; } = 2000;

    public long MaxValueMinor { get; set; } = 200000;

    public string Currency { get; set; } = "PLN";

    public int ValidityMonths { get; set; } = 12;

    public bool AllowPartialUse { get; set; } = true;

    public SalesChannel SoldIn { get; set; } = SalesChannel.All;

    public SalesChannel UsableIn { get; set; } = SalesChannel.All;

    public bool IsActive { get; set; } = true;

    public string Conditions { get; set; } = "";
}
