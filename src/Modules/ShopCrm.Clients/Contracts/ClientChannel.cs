namespace ShopCrm.Clients.Contracts;

// Where the client first came from.
public enum ClientChannel
{
    Site,
    Store,
    Phone,
    SalesRep,
    Import,
}
