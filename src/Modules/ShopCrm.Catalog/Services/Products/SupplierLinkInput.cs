namespace ShopCrm.Catalog.Services.Products;

public sealed record SupplierLinkInput(int SupplierId, string SupplierCode, long? PurchasePriceMinor, bool IsLeading);
