namespace ShopCrm.Catalog.Domain;

public enum RestockReason
{
    BelowMinimum = 0,
    RunsOutBeforeDelivery = 1,
}
