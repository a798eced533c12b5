namespace ShopCrm.Clients.Contracts;

// What Orders (and the site API) call to find or create the client of an order.
public interface IClientDirectory
{
    // A manager creating a client by hand: a clash with an active client's e-mail is an error that
    // names the existing client, so the manager can pick it instead.
    Task<ClientSaveResult> CreateAsync(ClientDraft draft, CancellationToken ct = default);

    // The active client the site means by its customer id or, failing that, the e-mail; never by phone.
    Task<int?> FindForSiteAsync(string? siteCustomerId, string? email, CancellationToken ct = default);

    // Registration or an order from the site: finds the client by the site's id, then by normalized
    // e-mail (never by phone), and merges what the site sent field by field (see docs/site-api.md);
    // creates one only when nothing matches. Idempotent.
    Task<ClientSaveResult> EnsureAsync(ClientDraft draft, CancellationToken ct = default);
}
