namespace ShopCrm.Core.Events;

// One handler's copy of one event: its queue entry, its retries, and its inbox row (the key is the handler
// and the event, and a delivered row is never handled again). AggregateKey and Sequence are copied from the
// event so the next due delivery of each handler and aggregate is found without a join.
public sealed class DomainEventDelivery
{
    public long EventId { get; init; }

    public required string Handler { get; init; }

    public required string AggregateKey { get; init; }

    public long Sequence { get; init; }

    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime? DeliveredAt { get; set; }

    // Set when the handler gave up after the last retry; the aggregate's later events wait for this handler
    // until a person retries or skips it.
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }
}
