namespace ShopCrm.Catalog.Contracts;

public sealed record FreeStock(int ProductId, int WarehouseId, string WarehouseCode, int Free);
