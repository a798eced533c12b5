using ShopCrm.Core.Money;

namespace ShopCrm.Certificates.Services;

// A grid row. Settable properties rather than a constructor, so that filters and sorts on the projected
// query still translate to SQL.
public sealed class ExpiringCertificate
{
    public long Id { get; init; }

    public string Code { get; init; } = "";

    public string SeriesName { get; init; } = "";

    public long BalanceMinor { get; init; }

    public string Currency { get; init; } = "";

    public DateTime ExpiresAt { get; init; }

    public string? RecipientName { get; init; }

    public string? RecipientEmail { get; init; }

    public Money Balance => new(BalanceMinor, Currency);
}
