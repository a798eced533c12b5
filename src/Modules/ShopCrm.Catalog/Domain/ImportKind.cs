namespace ShopCrm.Catalog.Domain;

public enum ImportKind
{
    Models = 0,
    PriceList = 1,
}
