using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Services.Import;

// For one chunk of an import: which client each contact key ("e:jan@wp.pl", "p:+48601234567") already
// belongs to, those clients (tracked), and every contact key each of them has.
public sealed record ExistingClients(
    IReadOnlyDictionary<string, int> Keys,
    IReadOnlyDictionary<int, Client> Clients,
    IReadOnlyDictionary<int, HashSet<string>> Contacts);
