using System.Collections.Concurrent;

namespace ShopCrm.Catalog.Services;

// Progress of the imports running in this process. The rows are written in one transaction, and SQLite
// lets only one writer in at a time, so progress cannot go to CatalogImport.ProcessedRows while it runs:
// the page reads it from here, and ProcessedRows gets the final figure when the transaction ends.
public sealed class CatalogImportProgress
{
    private readonly ConcurrentDictionary<int, ImportProgress> running = new();

    public void Report(int importId, ImportProgress progress) => running[importId] = progress;

    public ImportProgress? Of(int importId) => running.GetValueOrDefault(importId);

    public void Finish(int importId) => running.TryRemove(importId, out _);
}
