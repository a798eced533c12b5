namespace ShopCrm.Core.Events;

// Who listens to what, known at start: the transaction that raises an event writes one delivery per
// subscribed handler, so a handler registered later does not receive events raised before it existed.
public sealed class DomainEventSubscriptions
{
    private readonly Dictionary<Type, List<DomainEventSubscription>> byEvent = [];
    private readonly Dictionary<string, Type> eventTypes = [];

    public DomainEventSubscriptions(IEnumerable<DomainEventSubscription> subscriptions)
    {
        foreach (var subscription in subscriptions)
        {
            if (eventTypes.TryGetValue(subscription.EventName, out var known) && known != subscription.EventType)
            {
                throw new InvalidOperationException($"Two event types are named '{subscription.EventName}': {known.FullName} and {subscription.EventType.FullName}.");
            }

            eventTypes[subscription.EventName] = subscription.EventType;
            var handlers = byEvent.TryGetValue(subscription.EventType, out var list) ? list : byEvent[subscription.EventType] = [];
            if (handlers.All(h => h.Handler != subscription.Handler))
            {
                handlers.Add(subscription);
            }
        }
    }

    public IReadOnlyList<DomainEventSubscription> For(Type eventType) => byEvent.TryGetValue(eventType, out var handlers) ? handlers : [];

    public DomainEventSubscription? Find(string eventName, string handler) =>
        eventTypes.TryGetValue(eventName, out var type) ? For(type).FirstOrDefault(s => s.Handler == handler) : null;
}
