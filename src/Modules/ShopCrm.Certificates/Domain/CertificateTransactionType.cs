namespace ShopCrm.Certificates.Domain;

public enum CertificateTransactionType
{
    Activation = 0,

    // Taken from the balance when an order reserves it; final once the order is paid.
    Redemption = 1,

    // A reservation given back because its order was cancelled before payment.
    Release = 2,

    // Money back onto the card when a paid order is returned.
    Refund = 3,
    ExpiryWriteOff = 4,
    Adjustment = 5,
}
