namespace ShopCrm.Certificates.Contracts;

[Flags]
public enum SalesChannel
{
    None = 0,
    Store = 1,
    Phone = 2,
    Online = 4,
    SalesRep = 8,
    All = Store | Phone | Online | SalesRep,
}
