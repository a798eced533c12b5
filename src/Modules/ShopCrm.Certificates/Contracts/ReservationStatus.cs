namespace ShopCrm.Certificates.Contracts;

public enum ReservationStatus
{
    Reserved = 0,
    Committed = 1,
    Released = 2,
    Refunded = 3,
}
