namespace ShopCrm.Clients.Services;

// The one way every module adds to a client's timeline (orders, payments, e-mails, offers, complaints,
// questions...). Adding the same Source + SourceKey twice keeps the first entry, so callers may retry.
public interface IClientTimeline
{
    Task AddAsync(ClientTimelineInput entry, CancellationToken ct = default);
}
