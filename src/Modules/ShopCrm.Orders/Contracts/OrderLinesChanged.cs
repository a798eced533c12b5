using ShopCrm.Core.Events;

namespace ShopCrm.Orders.Contracts;

public sealed record OrderLinesChanged(long OrderId, string Number, int? ClientId, DateTime At, string Summary) : IDomainEvent
{
    string IDomainEvent.AggregateKey => OrderEventStream.Of(OrderId);
}
