namespace ShopCrm.Catalog.Domain;

public enum RestockAlertStatus
{
    Open = 0,
    Ordered = 1,
    Dismissed = 2,
}
