using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

// Which status may follow which. Payment is a step only for methods paid before dispatch; cash on delivery
// and cash in the store are paid when the parcel is delivered or handed over. A store pickup goes from
// Packed straight to Delivered (the handover). Returned may repeat while units remain to be returned.
public static class OrderTransitions
{
    public static IReadOnlyList<OrderStatus> AllowedFrom(Order order) => order.Status switch
    {
        OrderStatus.New => [OrderStatus.Confirmed, OrderStatus.Cancelled],
        OrderStatus.Confirmed when order.NeedsPaymentBeforeDispatch => [OrderStatus.Paid, OrderStatus.Cancelled],
        OrderStatus.Confirmed => [OrderStatus.Assembly, OrderStatus.Cancelled],
        OrderStatus.Paid => [OrderStatus.Assembly, OrderStatus.Cancelled],
        OrderStatus.Assembly => [OrderStatus.Packed, OrderStatus.Cancelled],
        OrderStatus.Packed when order.DeliveryMethod == DeliveryMethod.StorePickup => [OrderStatus.Delivered, OrderStatus.Cancelled],
        OrderStatus.Packed => [OrderStatus.Shipped, OrderStatus.Cancelled],
        OrderStatus.Shipped => [OrderStatus.Delivered, OrderStatus.Returned],
        OrderStatus.Delivered => [OrderStatus.Returned],
        OrderStatus.Returned when order.Lines.Any(l => l.ReturnedQuantity < l.Quantity) => [OrderStatus.Returned],
        _ => [],
    };

    public static bool IsAllowed(Order order, OrderStatus to) => AllowedFrom(order).Contains(to);

    // Only the stock that was reserved and not yet sold goes back to the shelf when an order is cancelled.
    public static bool HoldsReservations(OrderStatus status) =>
        status is OrderStatus.Confirmed or OrderStatus.Paid or OrderStatus.Assembly or OrderStatus.Packed;
}
