namespace ShopCrm.Catalog.Domain;

// One per order line (unique), so reserving, releasing and committing are safe to repeat.
public sealed class StockReservation
{
    public long Id { get; init; }

    public required string OrderLine { get; init; }

    public int ProductId { get; init; }

    public int WarehouseId { get; init; }

    public int Quantity { get; init; }

    public StockReservationStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }
}
