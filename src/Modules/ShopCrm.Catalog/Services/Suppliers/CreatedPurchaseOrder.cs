namespace ShopCrm.Catalog.Services.Suppliers;

public sealed record CreatedPurchaseOrder(int Id, string Number, string SupplierName, int LineCount);
