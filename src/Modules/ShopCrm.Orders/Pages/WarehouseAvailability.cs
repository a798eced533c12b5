namespace ShopCrm.Orders.Pages;

public sealed record WarehouseAvailability(string Warehouse, int Available);
