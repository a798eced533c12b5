using ShopCrm.Core.Events;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Events;

public sealed record OrderPlaced(long OrderId, string Number, int? ClientId, DateTime At, OrderChannel Channel, long GrossMinor, int LineCount) : IDomainEvent
{
    string IDomainEvent.AggregateKey => Order.EventStream(OrderId);
}
