namespace ShopCrm.Orders.Services;

// The ready-made selections of the "today" board; the order list opens with one of them applied.
public enum OrderView
{
    All,
    New,
    Unpaid,
    Overdue,
    ToPack,
}
