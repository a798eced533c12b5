using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

public static class OrderStatusText
{
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.New => "new",
        OrderStatus.Confirmed => "confirmed",
        OrderStatus.Paid => "paid",
        OrderStatus.Assembly => "in assembly",
        OrderStatus.Packed => "packed",
        OrderStatus.Shipped => "shipped",
        OrderStatus.Delivered => "delivered",
        OrderStatus.Cancelled => "cancelled",
        OrderStatus.Returned => "returned",
        _ => status.ToString(),
    };
}
