namespace ShopCrm.Orders.Services;

// UnitGrossMinor is the shelf price, which a gross-priced order multiplies; without it the unit gross is the
// gross of the net by the VAT rule. LineDiscountMinor is an amount off the whole line in the order's basis.
public sealed record PricingLine(long UnitNetMinor, int VatRatePercent, int Quantity, long LineDiscountMinor, long? UnitGrossMinor = null);
