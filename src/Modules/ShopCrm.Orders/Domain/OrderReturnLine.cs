namespace ShopCrm.Orders.Domain;

public sealed class OrderReturnLine
{
    public long Id { get; init; }

    public long OrderReturnId { get; init; }

    public long OrderLineId { get; init; }

    public int Quantity { get; init; }

    public long GrossMinor { get; init; }
}
