namespace ShopCrm.Catalog.Domain;

// Cached sums of the movements of one model in one warehouse. Changed only by conditional updates
// (reserved + n where on hand - reserved >= n), so the last units never go to two orders.
public sealed class ProductStock
{
    public int ProductId { get; init; }

    public int WarehouseId { get; init; }

    public int OnHand { get; set; }

    public int Reserved { get; set; }

    // Overrides the model's minimum in this warehouse.
    public int? MinimumStock { get; set; }
}
