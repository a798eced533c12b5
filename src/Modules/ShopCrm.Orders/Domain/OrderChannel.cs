namespace ShopCrm.Orders.Domain;

public enum OrderChannel
{
    Site,
    Phone,
    Store,
    SalesRep,
}
