using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

// The order list's rows: the page adds the board selection before and the grid's filters, sort and page
// after, all in SQL.
public static class OrderListQuery
{
    public static IQueryable<OrderRow> Rows(IQueryable<Order> orders) => orders.Select(o => new OrderRow
    {
        Id = o.Id,
        Number = o.Number,
        PlacedAt = o.PlacedAt,
        CustomerName = o.CustomerName,
        ClientId = o.ClientId,
        Channel = o.Channel,
        Status = o.Status,
        PaymentMethod = o.PaymentMethod,
        PaymentState = o.PaymentState,
        GrossMinor = o.GrossMinor,
        Currency = o.Currency,
    });
}
