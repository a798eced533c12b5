namespace ShopCrm.Clients.Domain;

// Someone looked at a pair of clients and said "not the same person": the finder stops proposing it.
// The lower id is always first, so one pair has one row.
public sealed class ClientDuplicateDismissal
{
    public int ClientId { get; init; }

    public int OtherClientId { get; init; }

    public DateTime DismissedAt { get; init; }

    public required string DismissedBy { get; init; }
}
