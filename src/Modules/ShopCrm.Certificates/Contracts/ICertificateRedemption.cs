using ShopCrm.Core.Results;

namespace ShopCrm.Certificates.Contracts;

// What Orders uses to pay with a gift card. Each call but CheckAsync is idempotent per certificate and
// order, so an order that retries (a double click, a repeated API call) never spends a card twice.
public interface ICertificateRedemption
{
    // Whether the card can pay in this channel, and how much of amountMinor, without writing anything, so
    // that a code that cannot pay stops an order before anything is written. Without an amount the
    // whole-balance rule is left to the reservation, which knows it.
    Task<CertificateCheck> CheckAsync(string code, SalesChannel channel, long? amountMinor, CancellationToken ct = default);

    // Takes the amount off the balance and holds it for the order.
    Task<Result<CertificateHold>> ReserveAsync(string code, string orderReference, long amountMinor, SalesChannel channel, CancellationToken ct = default);

    // Holds what the card has, up to the amount, for the order (the hold says how much): a card that
    // may be split pays what is left of it even when another order took part of it a moment ago. A card
    // used only whole must hold exactly the amount, as ReserveAsync.
    Task<Result<CertificateHold>> ReserveUpToAsync(string code, string orderReference, long maxAmountMinor, SalesChannel channel, CancellationToken ct = default);

    // The order was paid: the reserved amount is spent for good.
    Task<Result<CertificateHold>> CommitAsync(string code, string orderReference, CancellationToken ct = default);

    // The order was cancelled before payment: the amount goes back onto the card.
    Task<Result<CertificateHold>> ReleaseAsync(string code, string orderReference, CancellationToken ct = default);

    // A paid order was returned: the amount goes back onto the card.
    Task<Result<CertificateHold>> RefundAsync(string code, string orderReference, CancellationToken ct = default);
}
