using ShopCrm.Core.Results;

namespace ShopCrm.Certificates.Contracts;

// What a person or the e-shop is told when a card cannot be used; the messages are shown as they are.
public static class CertificateError
{
    public const string ValueField = "value";

    // Codes that name the field of a sale at fault, so the site API can answer a 422 on that field.
    public static readonly IReadOnlySet<string> SaleFields = new HashSet<string> { ValueField, "buyerName", "recipientName", "recipientEmail", "personalMessage" };

    public static readonly Error NotFound = new(ErrorCodes.NotFound, "There is no gift card with this code. Check the code and try again.");
    public static readonly Error NotActive = new("not-active", "This gift card has not been activated yet.");
    public static readonly Error Expired = new("expired", "This gift card has expired.");
    public static readonly Error Blocked = new("blocked", "This gift card is blocked. Please contact the shop.");
    public static readonly Error UsedUp = new("used-up", "This gift card has no balance left.");
    public static readonly Error NotEnough = new("insufficient", "The gift card's balance is lower than the amount.");
    public static readonly Error WholeOnly = new("whole-only", "This gift card can only be used for its whole balance at once.");
    public static readonly Error WrongChannel = new("wrong-channel", "This gift card cannot be used here.");
    public static readonly Error NoReservation = new("no-reservation", "No gift card amount is reserved for this order.");

    internal static Error For(Domain.Certificate certificate, DateTime now) => certificate.Status switch
    {
        Domain.CertificateStatus.Issued => NotActive,
        Domain.CertificateStatus.Blocked => Blocked,
        Domain.CertificateStatus.UsedUp => UsedUp,
        Domain.CertificateStatus.Expired => Expired,
        _ when certificate.ExpiresAt <= now => Expired,
        _ => NotEnough,
    };
}
