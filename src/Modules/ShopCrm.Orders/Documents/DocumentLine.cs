namespace ShopCrm.Orders.Documents;

// One printed line. Amounts are minor units after discounts, as on the order line.
public sealed record DocumentLine(
    int Position,
    string Sku,
    string Name,
    int Quantity,
    long UnitNetMinor,
    int VatRatePercent,
    long NetMinor,
    long VatMinor,
    long GrossMinor);
