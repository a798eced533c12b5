namespace ShopCrm.Orders.Contracts;

// Promotions decide discounts; Orders only asks. Settings implements this later; until then NoOrderDiscounts.
public interface IOrderDiscounts
{
    Task<OrderDiscountOffer> OfferAsync(OrderDiscountContext context, CancellationToken ct = default);
}
