namespace ShopCrm.Core.Outbox;

// Work that must happen even if the process dies right after the commit (mail, webhooks): written in
// the same transaction as the change that causes it, delivered by OutboxDeliveryJob with retries.
public sealed class OutboxMessage
{
    public long Id { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    // A message that must be queued once however often its cause is handled (an event handler run again).
    public string? Key { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime? DeliveredAt { get; set; }

    // Set when the message gave up after the last retry; kept for a person to look at.
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }
}
