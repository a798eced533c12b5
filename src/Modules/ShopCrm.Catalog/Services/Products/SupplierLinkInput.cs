namespace ShopCrm.Catalog.Services.Products;

internal sealed record SupplierLinkInput(int SupplierId, string SupplierCode, long? PurchasePriceMinor, bool IsLeading);
