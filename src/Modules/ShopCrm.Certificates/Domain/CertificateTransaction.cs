namespace ShopCrm.Certificates.Domain;

// Append-only: a row is never changed or deleted. Amounts are signed (+ onto the card, − off it).
public sealed class CertificateTransaction
{
    public long Id { get; init; }

    public long CertificateId { get; init; }

    public CertificateTransactionType Type { get; init; }

    public long AmountMinor { get; init; }

    public DateTime At { get; init; }

    public required string UserName { get; init; }

    public string? OrderReference { get; init; }

    public string? Reason { get; init; }
}
