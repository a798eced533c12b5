namespace ShopCrm.Orders.Pages;

// A model found on the order form, with what each warehouse can still give (on hand less reserved).
public sealed record ProductHit(int Id, string Sku, string Name, long NetPriceMinor, long GrossPriceMinor, int VatRatePercent, IReadOnlyList<WarehouseAvailability> Availability);
