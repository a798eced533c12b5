using System.Collections.Concurrent;
using ShopCrm.Clients.Services;

namespace ShopCrm.Tests.Orders;

public sealed class RecordingClientTimeline : IClientTimeline
{
    public ConcurrentQueue<ClientTimelineInput> Entries { get; } = new();

    public Task AddAsync(ClientTimelineInput entry, CancellationToken ct = default)
    {
        Entries.Enqueue(entry);
        return Task.CompletedTask;
    }
}
