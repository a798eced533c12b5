namespace ShopCrm.Catalog.Domain;

public enum ProductStatus
{
    Draft = 0,
    Active = 1,
    Archived = 2,
}
