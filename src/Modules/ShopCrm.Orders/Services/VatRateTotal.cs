namespace ShopCrm.Orders.Services;

public sealed record VatRateTotal(int RatePercent, long NetMinor, long VatMinor, long GrossMinor);
