namespace ShopCrm.Orders.Domain;

// One row per transition, never changed: the order's own timeline.
public sealed class OrderStatusChange
{
    public long Id { get; init; }

    public long OrderId { get; init; }

    public OrderStatus? From { get; init; }

    public OrderStatus To { get; init; }

    public DateTime At { get; init; }

    public required string ChangedBy { get; init; }

    public string? Note { get; init; }
}
