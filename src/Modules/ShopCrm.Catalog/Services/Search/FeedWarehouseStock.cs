namespace ShopCrm.Catalog.Services.Search;

internal sealed record FeedWarehouseStock(string Warehouse, int Available);
