namespace ShopCrm.Catalog.Domain;

internal sealed class PurchaseOrderLine
{
    public int Id { get; init; }

    public int PurchaseOrderId { get; init; }

    public int ProductId { get; set; }

    public string? SupplierCode { get; set; }

    public int Quantity { get; set; }

    public long? PurchasePriceMinor { get; set; }
}
