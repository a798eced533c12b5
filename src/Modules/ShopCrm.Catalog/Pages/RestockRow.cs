using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Pages;

// One open alert on the restock page. Settable properties, so the grid's sorts translate to SQL.
internal sealed class RestockRow
{
    public long Id { get; init; }

    public int ProductId { get; init; }

    public string Name { get; init; } = "";

    public string Sku { get; init; } = "";

    public RestockReason Reason { get; init; }

    public int Available { get; init; }

    public int Minimum { get; init; }

    public double DailySales30 { get; init; }

    public double DailySales90 { get; init; }

    public int? SupplierId { get; init; }

    public string? SupplierName { get; init; }

    public int LeadTimeDays { get; init; }

    public int SuggestedQuantity { get; init; }

    public DateOnly Day { get; init; }
}
