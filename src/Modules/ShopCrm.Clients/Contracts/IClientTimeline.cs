namespace ShopCrm.Clients.Contracts;

// The one way every module adds to a client's timeline (orders, payments, e-mails, offers, complaints,
// questions...). Adding the same Source + SourceKey twice keeps the first entry, so callers may retry.
public interface IClientTimeline
{
    Task AddAsync(ClientTimelineInput entry, CancellationToken ct = default);

    // Years of entries at once (the demo, a move from an older system): only entries not added before.
    Task AddManyAsync(IReadOnlyList<ClientTimelineInput> entries, CancellationToken ct = default);
}
