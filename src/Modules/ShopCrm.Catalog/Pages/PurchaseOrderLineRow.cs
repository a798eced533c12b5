namespace ShopCrm.Catalog.Pages;

// One line of a purchase order as its card shows it.
internal sealed class PurchaseOrderLineRow
{
    public int Id { get; init; }

    public string? SupplierCode { get; init; }

    public string Name { get; init; } = "";

    public string Sku { get; init; } = "";

    public int Quantity { get; init; }

    public long? PurchasePriceMinor { get; init; }

    public long ValueMinor { get; init; }
}
