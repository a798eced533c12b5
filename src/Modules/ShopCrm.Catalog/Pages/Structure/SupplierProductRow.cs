namespace ShopCrm.Catalog.Pages.Structure;

// One model on a supplier's list, as the supplier card shows it.
public sealed class SupplierProductRow
{
    public int Id { get; init; }

    public int ProductId { get; init; }

    public required string Sku { get; init; }

    public required string ProductName { get; init; }

    public required string SupplierCode { get; init; }

    public long? PurchasePriceMinor { get; init; }

    public bool IsLeading { get; init; }
}
