using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;

namespace ShopCrm.Certificates.Services;

// One row of the gift card list. Settable properties rather than a constructor, so that the grid's
// filters and sorts on the projected query still translate to SQL.
public sealed class CertificateRow
{
    public long Id { get; init; }

    public string Code { get; init; } = "";

    public string SeriesName { get; init; } = "";

    public CertificateStatus Status { get; init; }

    public long ValueMinor { get; init; }

    public long BalanceMinor { get; init; }

    public string Currency { get; init; } = "";

    public SalesChannel SoldIn { get; init; }

    public DateTime IssuedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public string? RecipientName { get; init; }

    public string? BatchReference { get; init; }
}
