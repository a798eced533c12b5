using ShopCrm.Core.Results;

namespace ShopCrm.Orders.Services;

// What a manager, the warehouse or the e-shop is told; messages are shown as they are.
public static class OrderError
{
    public static readonly Error NotFound = new(ErrorCodes.NotFound, "There is no such order.");
    public static readonly Error Conflict = new(ErrorCodes.Conflict, "Someone else changed this order in the meantime. Reload it to see their changes, then try again.");
    public static readonly Error DiscountNotAllowed = new("discount-not-allowed", "You may not give discounts. Ask someone with the discount permission.");

    public static Error NotAllowed(Domain.OrderStatus from, Domain.OrderStatus to) =>
        new("transition", $"An order that is {OrderStatusText.Of(from)} cannot become {OrderStatusText.Of(to)}.");
}
