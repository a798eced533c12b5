using ShopCrm.Core.Events;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Events;

public sealed record OrderPaid(long OrderId, string Number, int? ClientId, DateTime At, long PayableMinor) : IDomainEvent
{
    string IDomainEvent.AggregateKey => Order.EventStream(OrderId);
}
