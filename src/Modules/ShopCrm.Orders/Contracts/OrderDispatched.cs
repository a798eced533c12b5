using ShopCrm.Core.Events;

namespace ShopCrm.Orders.Contracts;

public sealed record OrderDispatched(long OrderId, string Number, int? ClientId, DateTime At, string? Carrier, string? TrackingNumber) : IDomainEvent
{
    string IDomainEvent.AggregateKey => OrderEventStream.Of(OrderId);
}
