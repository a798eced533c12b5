namespace ShopCrm.Orders.Services;

public sealed record PricingLine(long UnitNetMinor, int VatRatePercent, int Quantity, long LineDiscountMinor);
