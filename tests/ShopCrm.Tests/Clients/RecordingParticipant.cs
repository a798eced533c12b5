using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;

namespace ShopCrm.Tests.Clients;

// A module above Clients as merges and GDPR requests see it: records the calls, or fails to prove that
// the Clients transaction then commits nothing.
public sealed class RecordingParticipant : IClientDataParticipant
{
    public bool Fail { get; init; }

    public List<(int From, int To)> Moves { get; } = [];

    public List<int> Anonymized { get; } = [];

    // Not "Orders": the real Orders module takes part in every test host as well.
    public string Name => "Test module";

    public Task MoveAsync(ShopDbContext db, int fromClientId, int toClientId, CancellationToken ct)
    {
        if (Fail)
        {
            throw new InvalidOperationException("The orders could not be moved.");
        }

        Moves.Add((fromClientId, toClientId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> ExportAsync(ShopDbContext db, int clientId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<IReadOnlyDictionary<string, string?>>>([new Dictionary<string, string?> { ["Order"] = "Z/2026/17", ["Delivery address"] = "ul. Polna 1" }]);

    public Task AnonymizeAsync(ShopDbContext db, int clientId, CancellationToken ct)
    {
        if (Fail)
        {
            throw new InvalidOperationException("The orders could not be anonymized.");
        }

        Anonymized.Add(clientId);
        return Task.CompletedTask;
    }
}
