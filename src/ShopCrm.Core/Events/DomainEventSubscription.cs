namespace ShopCrm.Core.Events;

// One handler's interest in one event type. EventName and Handler are what the database stores, so they
// are the types' short names: moving a type to another namespace keeps its waiting deliveries.
public sealed record DomainEventSubscription(
    Type EventType,
    string EventName,
    string Handler,
    Func<IServiceProvider, IDomainEvent, CancellationToken, Task> Invoke);
