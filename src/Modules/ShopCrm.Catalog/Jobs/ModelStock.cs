namespace ShopCrm.Catalog.Jobs;

// One row of the restock job's stock query (read with SqlQueryRaw, so settable by column name).
internal sealed class ModelStock
{
    public int ProductId { get; init; }

    public int Minimum { get; init; }

    public int Available { get; init; }

    public int? SupplierId { get; init; }

    public int LeadTimeDays { get; init; }
}
