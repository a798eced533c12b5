namespace ShopCrm.Catalog.Services.Stock;

// What the receipt editor's header holds: who delivered, into which warehouse, under which of their documents.
internal sealed record GoodsReceiptHeader(int SupplierId, int WarehouseId, string? SupplierDocument, string? Notes);
