namespace ShopCrm.Catalog.Domain;

internal sealed class GoodsReceiptLine
{
    public int Id { get; init; }

    public int GoodsReceiptId { get; init; }

    public int ProductId { get; set; }

    public int Quantity { get; set; }

    public long? PurchasePriceMinor { get; set; }
}
