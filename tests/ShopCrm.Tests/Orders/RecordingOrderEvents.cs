using System.Collections.Concurrent;
using ShopCrm.Core.Events;
using ShopCrm.Orders.Contracts;

namespace ShopCrm.Tests.Orders;

public sealed class RecordingOrderEvents :
    IDomainEventHandler<OrderPlaced>,
    IDomainEventHandler<OrderConfirmed>,
    IDomainEventHandler<OrderPaid>,
    IDomainEventHandler<OrderDispatched>,
    IDomainEventHandler<OrderDelivered>,
    IDomainEventHandler<OrderCancelled>,
    IDomainEventHandler<OrderReturned>
{
    public ConcurrentQueue<IDomainEvent> Received { get; } = new();

    public IReadOnlyList<string> Names(long orderId) =>
        Received.Where(e => (long)e.GetType().GetProperty("OrderId")!.GetValue(e)! == orderId).Select(e => e.GetType().Name).ToList();

    public Task HandleAsync(OrderPlaced domainEvent, CancellationToken ct) => Add(domainEvent);

    public Task HandleAsync(OrderConfirmed domainEvent, CancellationToken ct) => Add(domainEvent);

    public Task HandleAsync(OrderPaid domainEvent, CancellationToken ct) => Add(domainEvent);

    public Task HandleAsync(OrderDispatched domainEvent, CancellationToken ct) => Add(domainEvent);

    public Task HandleAsync(OrderDelivered domainEvent, CancellationToken ct) => Add(domainEvent);

    public Task HandleAsync(OrderCancelled domainEvent, CancellationToken ct) => Add(domainEvent);

    public Task HandleAsync(OrderReturned domainEvent, CancellationToken ct) => Add(domainEvent);

    private Task Add(IDomainEvent domainEvent)
    {
        Received.Enqueue(domainEvent);
        return Task.CompletedTask;
    }
}
