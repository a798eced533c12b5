using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

// One line of the order list and of the warehouse queue.
public sealed class OrderRow
{
    public long Id { get; init; }

    public string Number { get; init; } = "";

    public DateTime PlacedAt { get; init; }

    public string CustomerName { get; init; } = "";

    public int? ClientId { get; init; }

    public OrderChannel Channel { get; init; }

    public OrderStatus Status { get; init; }

    public PaymentMethod PaymentMethod { get; init; }

    public PaymentState PaymentState { get; init; }

    public long GrossMinor { get; init; }

    public string Currency { get; init; } = "PLN";

    public int Version { get; init; }
}
