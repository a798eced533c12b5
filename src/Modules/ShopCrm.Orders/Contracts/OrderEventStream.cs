namespace ShopCrm.Orders.Contracts;

// The aggregate key every order event carries: events of one order are delivered to each handler in the order raised.
public static class OrderEventStream
{
    public static string Of(long orderId) => $"order:{orderId}";
}
