namespace ShopCrm.Catalog.Services.Search;

public sealed record FeedWarehouseStock(string Warehouse, int Available);
