namespace ShopCrm.Catalog.Jobs;

// One row of the restock job's stock query (read with SqlQueryRaw, so settable by column name). A warehouse
// with its own minimum is held to it alone; the warehouses without one share the model's minimum.
internal sealed class ModelStock
{
    public int ProductId { get; init; }

    // The model's own minimum, for the warehouses without their own.
    public int ModelMinimum { get; init; }

    public int Available { get; init; }

    // Sum of the warehouses' own minimums, and how many units those warehouses lack to reach them.
    public int OwnMinimum { get; init; }

    public int OwnShortfall { get; init; }

    // Available in the warehouses without their own minimum; SharesModelMinimum is 0 when every
    // warehouse holding the model has its own minimum (then the model's minimum applies nowhere).
    public int SharedAvailable { get; init; }

    public int SharesModelMinimum { get; init; }

    public int Minimum => OwnMinimum + (SharesModelMinimum == 1 ? ModelMinimum : 0);

    public int Shortfall => OwnShortfall + (SharesModelMinimum == 1 ? Math.Max(0, ModelMinimum - SharedAvailable) : 0);

    public int? SupplierId { get; init; }

    public int LeadTimeDays { get; init; }
}
