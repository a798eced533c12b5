namespace ShopCrm.Orders.Contracts;

public sealed record OrderDiscountContextLine(int ProductId, int Quantity, long UnitNetMinor, int VatRatePercent, long? UnitGrossMinor = null);
