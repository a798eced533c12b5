using ShopCrm.Certificates.Domain;

namespace ShopCrm.Certificates.Services;

// What Orders uses to pay with a gift card. Each call is idempotent per certificate and order, so an
// order that retries (a double click, a repeated API call) never spends a card twice.
public interface ICertificateRedemption
{
    // Takes the amount off the balance and holds it for the order.
    Task<CertificateResult<CertificateReservation>> ReserveAsync(string code, string orderReference, long amountMinor, SalesChannel channel, CancellationToken ct = default);

    // Holds what the card has, up to the amount, for the order (the reservation says how much): a card that
    // may be split pays what is left of it even when another order took part of it a moment ago. A card
    // used only whole must hold exactly the amount, as ReserveAsync.
    Task<CertificateResult<CertificateReservation>> ReserveUpToAsync(string code, string orderReference, long maxAmountMinor, SalesChannel channel, CancellationToken ct = default);

    // The order was paid: the reserved amount is spent for good.
    Task<CertificateResult<CertificateReservation>> CommitAsync(string code, string orderReference, CancellationToken ct = default);

    // The order was cancelled before payment: the amount goes back onto the card.
    Task<CertificateResult<CertificateReservation>> ReleaseAsync(string code, string orderReference, CancellationToken ct = default);

    // A paid order was returned: the amount goes back onto the card.
    Task<CertificateResult<CertificateReservation>> RefundAsync(string code, string orderReference, CancellationToken ct = default);
}
