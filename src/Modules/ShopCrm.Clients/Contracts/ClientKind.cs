namespace ShopCrm.Clients.Contracts;

public enum ClientKind
{
    Person,
    Company,
}
