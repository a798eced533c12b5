using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

// Moving an order to To. Carrier and TrackingNumber belong to Shipped; ReturnedLines to Returned
// (null returns everything not yet returned). ExpectedVersion is the version the person was looking at.
public sealed record OrderStatusRequest(long OrderId, int ExpectedVersion, OrderStatus To)
{
    public string? Note { get; init; }

    public string? Carrier { get; init; }

    public string? TrackingNumber { get; init; }

    public IReadOnlyList<ReturnedLine>? ReturnedLines { get; init; }
}
