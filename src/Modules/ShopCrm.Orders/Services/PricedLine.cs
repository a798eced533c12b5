namespace ShopCrm.Orders.Services;

public sealed record PricedLine(long UnitGrossMinor, long LineDiscountMinor, long OrderDiscountShareMinor, long NetMinor, long VatMinor, long GrossMinor);
