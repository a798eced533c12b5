namespace ShopCrm.Clients.Contracts;

// What Orders calls whenever an order is placed or changes state, so the client's live statistics,
// categories and purchase history stay current. Keyed by the order: calling it again with the same order
// replaces what was recorded for it, so a retry or a later status change never counts an order twice.
public interface IClientOrderHistory
{
    Task RecordAsync(ClientOrderRecord order, CancellationToken ct = default);

    // Years of orders at once (the demo, a move from an older system): only orders not recorded before.
    Task RecordManyAsync(IReadOnlyList<ClientOrderRecord> orders, CancellationToken ct = default);
}
