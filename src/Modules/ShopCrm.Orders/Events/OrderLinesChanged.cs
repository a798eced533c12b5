using ShopCrm.Core.Events;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Events;

public sealed record OrderLinesChanged(long OrderId, string Number, int? ClientId, DateTime At, string Summary) : IDomainEvent
{
    string IDomainEvent.AggregateKey => Order.EventStream(OrderId);
}
