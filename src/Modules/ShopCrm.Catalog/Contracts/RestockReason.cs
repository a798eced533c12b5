namespace ShopCrm.Catalog.Contracts;

public enum RestockReason
{
    BelowMinimum = 0,
    RunsOutBeforeDelivery = 1,
}
