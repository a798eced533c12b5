namespace ShopCrm.Clients.Contracts;

// Either the saved client's id, or errors by field name ("Email" -> "Already used by client #42 ...").
// ExistingClientId is set when the error is a clash with another client.
public sealed record ClientSaveResult(int? ClientId, IReadOnlyDictionary<string, string> Errors, int? ExistingClientId = null)
{
    public bool Succeeded => ClientId is not null && Errors.Count == 0;

    public static ClientSaveResult Saved(int clientId) => new(clientId, new Dictionary<string, string>());

    public static ClientSaveResult Failed(string field, string message, int? existingClientId = null) =>
        new(null, new Dictionary<string, string> { [field] = message }, existingClientId);
}
