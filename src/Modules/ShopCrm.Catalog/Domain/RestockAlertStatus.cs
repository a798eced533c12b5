namespace ShopCrm.Catalog.Domain;

internal enum RestockAlertStatus
{
    Open = 0,
    Ordered = 1,
    Dismissed = 2,
}
