namespace ShopCrm.Catalog.Services.Duplicates;

public enum DuplicateReason
{
    SameEan = 0,
    SameSupplierCode = 1,
    SameName = 2,
    SimilarName = 3,
}
