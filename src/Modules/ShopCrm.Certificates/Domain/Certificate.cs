using ShopCrm.Certificates.Contracts;
using ShopCrm.Core.Auditing;

namespace ShopCrm.Certificates.Domain;

// Balance is a cached sum of the ledger (CertificateTransactions); it changes only by conditional
// updates in CertificateService and CertificateRedemption, and CertificateBalanceCheck recomputes it.
public sealed class Certificate : IAudited
{
    public long Id { get; init; }

    [AuditMasked]
    public required string Code { get; init; }

    public int SeriesId { get; init; }

    public CertificateSeries? Series { get; init; }

    public CertificateStatus Status { get; set; }

    public long ValueMinor { get; init; }

    public long BalanceMinor { get; set; }

    public required string Currency { get; init; }

    public SalesChannel SoldIn { get; init; }

    public DateTime IssuedAt { get; init; }

    public DateTime? ActivatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public string? BuyerName { get; set; }

    public string? RecipientName { get; set; }

    public string? RecipientEmail { get; set; }

    public string? PersonalMessage { get; set; }

    // Set for cards made together (a promotion, a corporate order).
    public string? BatchReference { get; init; }

    public string? BlockReason { get; set; }

    public DateTime? ExpiryReminderSentAt { get; set; }

    public bool IsSpendable => Status is CertificateStatus.Active or CertificateStatus.PartlyUsed;
}
