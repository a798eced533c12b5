namespace ShopCrm.Orders.Services;

// Totals are sums of the rounded line figures, so the lines always add up to the order (and its invoice).
public sealed record PricedOrder(
    IReadOnlyList<PricedLine> Lines,
    IReadOnlyList<VatRateTotal> ByRate,
    long NetMinor,
    long VatMinor,
    long GrossMinor,
    long OrderDiscountMinor,
    long CertificateAmountMinor,
    long PayableMinor);
