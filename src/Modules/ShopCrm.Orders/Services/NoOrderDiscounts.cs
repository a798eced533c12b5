using ShopCrm.Orders.Contracts;

namespace ShopCrm.Orders.Services;

internal sealed class NoOrderDiscounts : IOrderDiscounts
{
    public Task<OrderDiscountOffer> OfferAsync(OrderDiscountContext context, CancellationToken ct = default) =>
        Task.FromResult(OrderDiscountOffer.None);
}
