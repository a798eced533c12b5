namespace ShopCrm.Catalog.Services;

public sealed record CreatedPurchaseOrder(int Id, string Number, string SupplierName, int LineCount);
