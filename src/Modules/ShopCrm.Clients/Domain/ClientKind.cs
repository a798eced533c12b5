namespace ShopCrm.Clients.Domain;

public enum ClientKind
{
    Person,
    Company,
}
