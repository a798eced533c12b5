using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Contracts;

// Modules that keep rows about a client (Orders, later Cashier and Moderation) implement this so that a
// merge moves their rows and a GDPR request covers them. Calls run inside the Clients transaction on the
// given context: the merge or erasure commits whole or not at all.
public interface IClientDataParticipant
{
    // Shown in the GDPR export as the section name ("Orders").
    string Name { get; }

    Task MoveAsync(ShopDbContext db, int fromClientId, int toClientId, CancellationToken ct);

    // Everything this module holds about the client, as rows of name/value pairs for the export.
    Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> ExportAsync(ShopDbContext db, int clientId, CancellationToken ct);

    // Remove personal data the module copied (delivery addresses, phone numbers) but keep amounts,
    // numbers and dates that the law requires for financial records.
    Task AnonymizeAsync(ShopDbContext db, int clientId, CancellationToken ct);
}
