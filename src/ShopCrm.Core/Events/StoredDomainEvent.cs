namespace ShopCrm.Core.Events;

// An event as written in the transaction that raised it. Sequence counts the events of one aggregate from 1
// without gaps; Type is the stable name the subscriptions know it by, never a CLR name.
public sealed class StoredDomainEvent
{
    public long Id { get; init; }

    public required string Type { get; init; }

    public required string AggregateKey { get; init; }

    public long Sequence { get; init; }

    public required string Payload { get; init; }

    public DateTime OccurredAt { get; init; }

    public List<DomainEventDelivery> Deliveries { get; init; } = [];
}
