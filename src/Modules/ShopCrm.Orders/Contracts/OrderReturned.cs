using ShopCrm.Core.Events;

namespace ShopCrm.Orders.Contracts;

public sealed record OrderReturned(long OrderId, string Number, int? ClientId, DateTime At, bool WholeOrder, long RefundDueMinor) : IDomainEvent;
