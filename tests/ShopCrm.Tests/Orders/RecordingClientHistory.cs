using System.Collections.Concurrent;
using ShopCrm.Clients.Services;

namespace ShopCrm.Tests.Orders;

// Stands in for the Clients module's history, keeping the last record per order as the real one does.
public sealed class RecordingClientHistory : IClientOrderHistory
{
    public ConcurrentDictionary<long, ClientOrderRecord> Last { get; } = new();

    public Task RecordAsync(ClientOrderRecord order, CancellationToken ct = default)
    {
        Last[order.OrderId] = order;
        return Task.CompletedTask;
    }
}
