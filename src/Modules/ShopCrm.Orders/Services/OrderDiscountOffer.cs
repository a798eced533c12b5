namespace ShopCrm.Orders.Services;

// Net minor units: LineDiscounts by the line's index in the context, added to any manual line discount.
public sealed record OrderDiscountOffer(IReadOnlyDictionary<int, long> LineDiscounts, long OrderDiscountMinor, string? Description)
{
    public static readonly OrderDiscountOffer None = new(new Dictionary<int, long>(), 0, null);
}
