using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Pages.Stock;

internal sealed class MovementRow
{
    public long Id { get; init; }

    public DateTime At { get; init; }

    public required string Sku { get; init; }

    public required string Name { get; init; }

    public string? Warehouse { get; init; }

    public StockMovementType Type { get; init; }

    public int OnHandChange { get; init; }

    public int ReservedChange { get; init; }

    public required string UserName { get; init; }

    public string? Reason { get; init; }

    public string? Document { get; init; }
}
