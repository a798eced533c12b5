using ShopCrm.Core.Events;

namespace ShopCrm.Orders.Contracts;

public sealed record OrderPlaced(long OrderId, string Number, int? ClientId, DateTime At, OrderChannel Channel, long GrossMinor, int LineCount) : IDomainEvent
{
    string IDomainEvent.AggregateKey => OrderEventStream.Of(OrderId);
}
