namespace ShopCrm.Orders.Domain;

public enum OrderStatus
{
    New,
    Confirmed,
    Paid,
    Assembly,
    Packed,
    Shipped,
    Delivered,
    Cancelled,
    Returned,
}
