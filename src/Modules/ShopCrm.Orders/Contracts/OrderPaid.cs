using ShopCrm.Core.Events;

namespace ShopCrm.Orders.Contracts;

public sealed record OrderPaid(long OrderId, string Number, int? ClientId, DateTime At, long PayableMinor) : IDomainEvent
{
    string IDomainEvent.AggregateKey => OrderEventStream.Of(OrderId);
}
