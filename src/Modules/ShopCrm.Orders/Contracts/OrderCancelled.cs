using ShopCrm.Core.Events;

namespace ShopCrm.Orders.Contracts;

public sealed record OrderCancelled(long OrderId, string Number, int? ClientId, DateTime At, long RefundDueMinor) : IDomainEvent
{
    string IDomainEvent.AggregateKey => OrderEventStream.Of(OrderId);
}
