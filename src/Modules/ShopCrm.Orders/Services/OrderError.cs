namespace ShopCrm.Orders.Services;

// What a manager, the warehouse or the e-shop is told; messages are shown as they are. Fields name the
// inputs the message belongs to ("Lines[0].Quantity"), so a form can show it next to the field.
public sealed record OrderError(string Code, string Message, IReadOnlyDictionary<string, string>? Fields = null)
{
    public static readonly OrderError NotFound = new("not-found", "There is no such order.");
    public static readonly OrderError Conflict = new("conflict", "Someone else changed this order in the meantime. Reload it to see their changes, then try again.");
    public static readonly OrderError DiscountNotAllowed = new("discount-not-allowed", "You may not give discounts. Ask someone with the discount permission.");

    public static OrderError Invalid(IReadOnlyDictionary<string, string> fields) =>
        new("invalid", "Some fields need attention.", fields);

    public static OrderError Field(string field, string message) =>
        new("invalid", message, new Dictionary<string, string> { [field] = message });

    public static OrderError NotAllowed(Domain.OrderStatus from, Domain.OrderStatus to) =>
        new("transition", $"An order that is {OrderStatusText.Of(from)} cannot become {OrderStatusText.Of(to)}.");
}
