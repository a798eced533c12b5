using System.Collections.Concurrent;
using ShopCrm.Catalog.Services;

namespace ShopCrm.Clients.Services.Import;

// Progress of the contact imports running in this process. The rows are written in one transaction
// (SQLite lets one writer in at a time), so the page reads the progress from here, not from the table.
public sealed class ClientImportProgress
{
    private readonly ConcurrentDictionary<int, ImportProgress> running = new();

    public void Report(int importId, ImportProgress progress) => running[importId] = progress;

    public ImportProgress? Of(int importId) => running.GetValueOrDefault(importId);

    public void Finish(int importId) => running.TryRemove(importId, out _);
}
