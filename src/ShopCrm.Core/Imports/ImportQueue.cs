using System.Threading.Channels;

namespace ShopCrm.Core.Imports;

// Imports of one kind (TImport) waiting for their background worker: the page only queues the id and then
// watches the progress, so an import goes on when the user leaves the page or the circuit drops.
public sealed class ImportQueue<TImport>
{
    private readonly Channel<int> waiting = Channel.CreateUnbounded<int>();

    public void Enqueue(int importId) => waiting.Writer.TryWrite(importId);

    public IAsyncEnumerable<int> ReadAllAsync(CancellationToken ct) => waiting.Reader.ReadAllAsync(ct);
}
