using ShopCrm.Core.Events;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Contracts;

// Raised with every status step beside its own event (if it has one): what the client's timeline and the
// e-shop's webhook follow. Carrier and TrackingNumber are the order's after the step; Detail is the line
// the timeline shows under the step (the note, the parcel, the units returned).
public sealed record OrderStatusChanged(
    long OrderId,
    string Number,
    int? ClientId,
    string? SiteOrderId,
    OrderStatus From,
    OrderStatus To,
    DateTime At,
    string? Detail,
    string? Carrier,
    string? TrackingNumber) : IDomainEvent
{
    string IDomainEvent.AggregateKey => OrderEventStream.Of(OrderId);
}
