namespace ShopCrm.Catalog.Pages.Stock;

internal sealed class StockRow
{
    public int ProductId { get; init; }

    public required string Sku { get; init; }

    public required string Name { get; init; }

    public int OnHand { get; init; }

    public int Reserved { get; init; }

    public int Available { get; init; }

    // The minimum that applies to the figures shown: the warehouses' own minimums plus the model's for the
    // warehouses without one (with a warehouse chosen: its own minimum, else the model's).
    public int MinimumStock { get; init; }

    public bool HasOwnMinimum { get; init; }

    public int ModelMinimum { get; init; }
}
