namespace ShopCrm.Clients.Domain;

public enum ContactKind
{
    Email,
    Phone,
}
