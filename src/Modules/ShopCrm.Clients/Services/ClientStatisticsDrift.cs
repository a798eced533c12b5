namespace ShopCrm.Clients.Services;

// A client whose cached statistics did not match their order facts, as found.
public sealed record ClientStatisticsDrift
{
    public int ClientId { get; init; }

    public int CachedOrders { get; init; }

    public long CachedTotalMinor { get; init; }

    public int FactOrders { get; init; }

    public long FactTotalMinor { get; init; }
}
