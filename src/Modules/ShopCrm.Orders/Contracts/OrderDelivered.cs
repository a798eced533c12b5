using ShopCrm.Core.Events;

namespace ShopCrm.Orders.Contracts;

public sealed record OrderDelivered(long OrderId, string Number, int? ClientId, DateTime At) : IDomainEvent
{
    string IDomainEvent.AggregateKey => OrderEventStream.Of(OrderId);
}
