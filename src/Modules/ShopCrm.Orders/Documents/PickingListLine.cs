namespace ShopCrm.Orders.Documents;

public sealed record PickingListLine(string OrderNumber, string Warehouse, string Sku, string Name, int Quantity, bool OnBackorder);
