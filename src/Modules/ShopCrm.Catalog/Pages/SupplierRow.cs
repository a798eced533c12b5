namespace ShopCrm.Catalog.Pages;

// One supplier of the card as the Suppliers tab edits it.
public sealed class SupplierRow
{
    public int? SupplierId { get; set; }

    public string Code { get; set; } = "";

    public decimal? PurchasePrice { get; set; }

    public bool IsLeading { get; set; }
}
