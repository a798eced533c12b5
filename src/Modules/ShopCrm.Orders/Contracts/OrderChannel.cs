namespace ShopCrm.Orders.Contracts;

public enum OrderChannel
{
    Site,
    Phone,
    Store,
    SalesRep,
}
