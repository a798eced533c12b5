using System.Collections.Concurrent;

namespace ShopCrm.Core.Imports;

// Progress of the imports of one kind running in this process. The rows are written in one transaction, and
// SQLite lets only one writer in at a time, so progress cannot go to the import row while it runs: the page
// reads it from here, and the row gets the final figures when the transaction ends.
public sealed class ImportProgressBoard<TImport>
{
    private readonly ConcurrentDictionary<int, ImportProgress> running = new();

    public void Report(int importId, ImportProgress progress) => running[importId] = progress;

    public ImportProgress? Of(int importId) => running.GetValueOrDefault(importId);

    public void Finish(int importId) => running.TryRemove(importId, out _);
}
