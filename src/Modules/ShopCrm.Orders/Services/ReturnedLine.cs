namespace ShopCrm.Orders.Services;

public sealed record ReturnedLine(long OrderLineId, int Quantity);
