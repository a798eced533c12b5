namespace ShopCrm.Orders.Contracts;

// Minor units in the order's price basis (net for an order priced net, gross for one priced at the shelf):
// LineDiscounts by the line's index in the context, added to any manual line discount.
public sealed record OrderDiscountOffer(IReadOnlyDictionary<int, long> LineDiscounts, long OrderDiscountMinor, string? Description)
{
    public static readonly OrderDiscountOffer None = new(new Dictionary<int, long>(), 0, null);
}
