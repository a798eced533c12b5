using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Pages;

// One purchase order in the list. Settable properties, so the grid's filters and sorts translate to SQL.
internal sealed class PurchaseOrderRow
{
    public int Id { get; init; }

    public string Number { get; init; } = "";

    public string SupplierName { get; init; } = "";

    public PurchaseOrderStatus Status { get; init; }

    public DateTime CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "";

    public DateTime? SentAt { get; init; }

    public int LineCount { get; init; }

    public long TotalMinor { get; init; }

    public string Currency { get; init; } = "";
}
