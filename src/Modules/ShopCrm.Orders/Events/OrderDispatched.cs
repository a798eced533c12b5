using ShopCrm.Core.Events;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Events;

public sealed record OrderDispatched(long OrderId, string Number, int? ClientId, DateTime At, string? Carrier, string? TrackingNumber) : IDomainEvent
{
    string IDomainEvent.AggregateKey => Order.EventStream(OrderId);
}
