namespace ShopCrm.Catalog.Services.Suppliers;

internal sealed record CreatedPurchaseOrder(int Id, string Number, string SupplierName, int LineCount);
