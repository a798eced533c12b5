namespace ShopCrm.Catalog.Contracts;

// Free stock is what is on hand and not held for an order. A model with no stock row has none.
public interface IStockAvailability
{
    // Free units of each model over all its warehouses.
    Task<IReadOnlyDictionary<int, int>> FreeByModelAsync(IReadOnlyCollection<int> productIds, CancellationToken ct = default);

    // Free units of each model in each warehouse that has any.
    Task<IReadOnlyList<FreeStock>> FreeByWarehouseAsync(IReadOnlyCollection<int> productIds, CancellationToken ct = default);
}
