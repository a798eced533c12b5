namespace ShopCrm.Orders.Demo;

// A model the demo may sell, at its current price.
internal sealed record DemoProduct(int Id, string Sku, string Name, long NetPriceMinor, long GrossPriceMinor, int VatRatePercent);
