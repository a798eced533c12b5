namespace ShopCrm.Clients.Domain;

// A model on one of the client's orders (any outcome but cancelled): what "bought brand / supplier /
// category in a period" segments join to the Catalog.
public sealed class ClientPurchase
{
    public long Id { get; init; }

    public int ClientId { get; set; }

    public long OrderId { get; set; }

    public int ProductId { get; set; }

    public int Quantity { get; set; }

    public long GrossMinor { get; set; }

    public DateTime PurchasedAt { get; set; }
}
