using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Demo;

// One made-up order with the status steps it has been through so far and its return, if it came back.
internal sealed record DemoOrder(Order Order, IReadOnlyList<OrderStatusChange> Changes, OrderReturn? Return, DateTime? RemindedAt);
