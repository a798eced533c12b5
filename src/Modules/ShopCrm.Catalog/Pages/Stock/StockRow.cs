namespace ShopCrm.Catalog.Pages.Stock;

public sealed class StockRow
{
    public int ProductId { get; init; }

    public required string Sku { get; init; }

    public required string Name { get; init; }

    public int OnHand { get; init; }

    public int Reserved { get; init; }

    public int Available { get; init; }

    public int MinimumStock { get; init; }
}
