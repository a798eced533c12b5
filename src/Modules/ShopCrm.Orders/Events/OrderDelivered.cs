using ShopCrm.Core.Events;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Events;

public sealed record OrderDelivered(long OrderId, string Number, int? ClientId, DateTime At) : IDomainEvent
{
    string IDomainEvent.AggregateKey => Order.EventStream(OrderId);
}
