namespace ShopCrm.Clients.Domain;

public sealed class ClientTagLink
{
    public int ClientId { get; set; }

    public int TagId { get; set; }
}
