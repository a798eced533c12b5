using ShopCrm.Core.Events;

namespace ShopCrm.Orders.Contracts;

public sealed record OrderConfirmed(long OrderId, string Number, int? ClientId, DateTime At) : IDomainEvent
{
    string IDomainEvent.AggregateKey => OrderEventStream.Of(OrderId);
}
