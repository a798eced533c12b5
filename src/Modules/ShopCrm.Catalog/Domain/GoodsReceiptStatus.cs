namespace ShopCrm.Catalog.Domain;

public enum GoodsReceiptStatus
{
    Draft = 0,
    Posted = 1,
}
