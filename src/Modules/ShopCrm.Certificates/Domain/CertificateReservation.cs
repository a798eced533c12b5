using ShopCrm.Certificates.Contracts;

namespace ShopCrm.Certificates.Domain;

// One per certificate and order: the row that makes reserve, commit, release and refund idempotent.
public sealed class CertificateReservation
{
    public long Id { get; init; }

    public long CertificateId { get; init; }

    public required string OrderReference { get; init; }

    public long AmountMinor { get; init; }

    public ReservationStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ChangedAt { get; set; }
}
