namespace ShopCrm.Catalog.Domain;

// Append-only. On hand is the sum of OnHandChange, reserved the sum of ReservedChange, per model and warehouse.
internal sealed class StockMovement
{
    public long Id { get; init; }

    public int ProductId { get; init; }

    public int WarehouseId { get; init; }

    public StockMovementType Type { get; init; }

    public int OnHandChange { get; init; }

    public int ReservedChange { get; init; }

    public DateTime At { get; init; }

    public required string UserName { get; init; }

    public string? Reason { get; init; }

    // The document behind it: a goods receipt number, an order line, a transfer.
    public string? Document { get; init; }

    // Unique when set: the caller's id for one operation (a return of an order line), so that repeating the
    // call finds the row it already wrote instead of moving stock twice.
    public string? OperationKey { get; init; }
}
