using ShopCrm.Catalog.Contracts;

namespace ShopCrm.Catalog.Domain;

// At most one per model per day (unique on ProductId + Day).
internal sealed class RestockAlert
{
    public long Id { get; init; }

    public int ProductId { get; init; }

    public DateOnly Day { get; init; }

    public RestockReason Reason { get; init; }

    public int Available { get; init; }

    public int Minimum { get; init; }

    // Units sold per day over the last 30 and 90 days.
    public double DailySales30 { get; init; }

    public double DailySales90 { get; init; }

    public int? SupplierId { get; init; }

    public int LeadTimeDays { get; init; }

    public int SuggestedQuantity { get; init; }

    public RestockAlertStatus Status { get; set; }

    public int? PurchaseOrderId { get; set; }

    public DateTime CreatedAt { get; init; }
}
