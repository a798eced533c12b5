namespace ShopCrm.Catalog.Services;

public sealed record SupplierLinkInput(int SupplierId, string SupplierCode, long? PurchasePriceMinor, bool IsLeading);
