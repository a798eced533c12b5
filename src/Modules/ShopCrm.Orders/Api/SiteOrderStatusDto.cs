namespace ShopCrm.Orders.Api;

// Amounts in major units (zł). StockProblem says why a new order could not be confirmed yet.
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
    string? StockProblem = null);
