namespace ShopCrm.Core.Events;

// Runs after the commit, in the background, at least once per event: a handler whose effect is not keyed
// already (stock keys, gift card references, timeline keys) must make it so, because a process that dies
// after the effect and before the delivery is recorded runs the handler again.
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken ct);
}
