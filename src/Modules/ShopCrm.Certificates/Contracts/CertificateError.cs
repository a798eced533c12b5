namespace ShopCrm.Certificates.Contracts;

// What a person or the e-shop is told when a card cannot be used; the messages are shown as they are.
public sealed record CertificateError(string Code, string Message)
{
    public const string ValueField = "value";

    // Codes that name the field of a sale at fault, so the site API can answer a 422 on that field.
    public static readonly IReadOnlySet<string> SaleFields = new HashSet<string> { ValueField, "buyerName", "recipientName", "recipientEmail", "personalMessage" };

    public static readonly CertificateError NotFound = new("not-found", "There is no gift card with this code. Check the code and try again.");
    public static readonly CertificateError NotActive = new("not-active", "This gift card has not been activated yet.");
    public static readonly CertificateError Expired = new("expired", "This gift card has expired.");
    public static readonly CertificateError Blocked = new("blocked", "This gift card is blocked. Please contact the shop.");
    public static readonly CertificateError UsedUp = new("used-up", "This gift card has no balance left.");
    public static readonly CertificateError NotEnough = new("insufficient", "The gift card's balance is lower than the amount.");
    public static readonly CertificateError WholeOnly = new("whole-only", "This gift card can only be used for its whole balance at once.");
    public static readonly CertificateError WrongChannel = new("wrong-channel", "This gift card cannot be used here.");
    public static readonly CertificateError NoReservation = new("no-reservation", "No gift card amount is reserved for this order.");

    internal static CertificateError For(Domain.Certificate certificate, DateTime now) => certificate.Status switch
    {
        Domain.CertificateStatus.Issued => NotActive,
        Domain.CertificateStatus.Blocked => Blocked,
        Domain.CertificateStatus.UsedUp => UsedUp,
        Domain.CertificateStatus.Expired => Expired,
        _ when certificate.ExpiresAt <= now => Expired,
        _ => NotEnough,
    };
}
