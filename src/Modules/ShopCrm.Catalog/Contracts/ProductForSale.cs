namespace ShopCrm.Catalog.Contracts;

public sealed record ProductForSale(int Id, string Sku, string Name, long NetPriceMinor, long GrossPriceMinor, int VatRatePercent, IReadOnlyList<FreeStock> Stock);
