namespace ShopCrm.Orders.Documents;

// One printed line. Amounts are minor units after discounts, as on the order line. UnitGrossMinor is printed
// as the unit price of a document priced from the gross; documents issued before it was kept have 0 there,
// and were all priced from the net.
public sealed record DocumentLine(
    int Position,
    string Sku,
    string Name,
    int Quantity,
    long UnitNetMinor,
    int VatRatePercent,
    long NetMinor,
    long VatMinor,
    long GrossMinor,
    long UnitGrossMinor = 0);
