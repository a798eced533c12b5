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

    // The one map from a step to the permission it needs: the order card shows only the steps the person
    // holds, and OrderWorkflow refuses the others. Picking, packing and shipping are the warehouse's work;
    // cancelling and recording returns have their own permissions; the rest is taking care of the order.
    public static string PermissionFor(OrderStatus to) => to switch
    {
        OrderStatus.Assembly or OrderStatus.Packed or OrderStatus.Shipped => OrderPermissions.Warehouse,
        OrderStatus.Cancelled => OrderPermissions.Cancel,
        OrderStatus.Returned => OrderPermissions.Return,
        _ => OrderPermissions.Edit,
    };

    // Only the stock that was reserved and not yet sold goes back to the shelf when an order is cancelled.
    public static bool HoldsReservations(OrderStatus status) =>
        status is OrderStatus.Confirmed or OrderStatus.Paid or OrderStatus.Assembly or OrderStatus.Packed;
}
