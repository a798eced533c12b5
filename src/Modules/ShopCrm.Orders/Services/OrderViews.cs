using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

// One definition of each board selection, used by the board's counts and by the list it links to, so a
// count and the list behind it can never disagree. All of it translates to SQL.
public static class OrderViews
{
    public static readonly TimeSpan OverdueAfter = TimeSpan.FromDays(2);

    public static IQueryable<Order> Apply(IQueryable<Order> orders, OrderView view, DateTime now) => view switch
    {
        OrderView.New => orders.Where(o => o.Status == OrderStatus.New),
        OrderView.Unpaid => orders.Where(o => o.Status == OrderStatus.Confirmed
            && (o.PaymentMethod == PaymentMethod.Online || o.PaymentMethod == PaymentMethod.BankTransfer)
            && o.PayableMinor > 0),
        OrderView.ToPack => ReadyForWarehouse(orders),
        OrderView.Overdue => ReadyForWarehouse(orders).Where(o => o.PlacedAt < now - OverdueAfter),
        _ => orders,
    };

    // Paid orders, orders that need no payment before dispatch, and those already in the warehouse's hands.
    public static IQueryable<Order> ReadyForWarehouse(IQueryable<Order> orders) => orders.Where(o =>
        o.Status == OrderStatus.Paid
        || o.Status == OrderStatus.Assembly
        || o.Status == OrderStatus.Packed
        || (o.Status == OrderStatus.Confirmed
            && (o.PaymentMethod == PaymentMethod.CashOnDelivery || o.PaymentMethod == PaymentMethod.CashInStore || o.PayableMinor == 0)));

    public static string Title(OrderView view) => view switch
    {
        OrderView.New => "New orders to confirm",
        OrderView.Unpaid => "Confirmed orders waiting for payment",
        OrderView.Overdue => "Orders ready for more than two days and not shipped",
        OrderView.ToPack => "Orders for the warehouse to pick, pack and ship",
        _ => "All orders",
    };
}
