namespace ShopCrm.Catalog.Domain;

// A model as one supplier sells it. One supplier per model is the leading one (a partial unique index).
public sealed class SupplierProduct
{
    public int Id { get; init; }

    public int SupplierId { get; set; }

    public int ProductId { get; set; }

    public required string SupplierCode { get; set; }

    public long? PurchasePriceMinor { get; set; }

    public bool IsLeading { get; set; }
}
