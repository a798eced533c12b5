namespace ShopCrm.Catalog.Domain;

public enum PurchaseOrderStatus
{
    Draft = 0,
    Sent = 1,
    Received = 2,
    Cancelled = 3,
}
