namespace ShopCrm.Certificates.Contracts;

// The amount of a card held for one order, as ICertificateRedemption answers it.
public sealed record CertificateHold(long Id, string OrderReference, long AmountMinor, ReservationStatus Status);
