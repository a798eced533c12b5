using ShopCrm.Core.Events;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Contracts;

public sealed record OrderReturned(long OrderId, string Number, int? ClientId, DateTime At, bool WholeOrder, long RefundDueMinor) : IDomainEvent
{
    string IDomainEvent.AggregateKey => OrderEventStream.Of(OrderId);
}
