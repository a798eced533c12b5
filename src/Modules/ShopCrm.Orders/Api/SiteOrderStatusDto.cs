namespace ShopCrm.Orders.Api;

// Amounts in major units (zł); Payable is Gross less what the gift card pays (CertificateAmount). PriceBasis
// says how the lines were priced: "Gross" (the shelf price x quantity, VAT from the gross; every site order)
// or "Net" (a price agreed net with a company, VAT from the net).
// StockProblem says why a new order could not be confirmed yet; CertificateProblem why its gift card did
// not pay after all (spent elsewhere at the same moment: the order is payable in full).
public sealed record SiteOrderStatusDto(
    string SiteOrderId,
    string Number,
    string Status,
    string PaymentState,
    decimal Gross,
    decimal Payable,
    string Currency,
    string? Carrier,
    string? TrackingNumber,
    DateTime PlacedAt,
    DateTime? ShippedAt,
    DateTime? DeliveredAt,
    decimal CertificateAmount,
    string PriceBasis,
    string? StockProblem = null,
    string? CertificateProblem = null);
