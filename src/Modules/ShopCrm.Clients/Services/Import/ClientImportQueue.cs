using System.Threading.Channels;

namespace ShopCrm.Clients.Services.Import;

// Imports waiting for the background worker: the page queues the id and watches the progress, so an
// import goes on when the user leaves the page or the circuit drops.
public sealed class ClientImportQueue
{
    private readonly Channel<int> waiting = Channel.CreateUnbounded<int>();

    public void Enqueue(int importId) => waiting.Writer.TryWrite(importId);

    public IAsyncEnumerable<int> ReadAllAsync(CancellationToken ct) => waiting.Reader.ReadAllAsync(ct);
}
