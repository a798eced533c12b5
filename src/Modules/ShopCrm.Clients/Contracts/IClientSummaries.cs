using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Contracts;

// How other modules read clients. Query runs on the caller's context, so it composes with the caller's own
// reads into one statement.
public interface IClientSummaries
{
    IQueryable<ClientSummary> Query(ShopDbContext db);

    // Clients not merged into another whose name, e-mail or phone holds what was typed, by name.
    Task<IReadOnlyList<ClientSummary>> SearchAsync(string text, int take, CancellationToken ct = default);
}
