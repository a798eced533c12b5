namespace ShopCrm.Catalog.Services.Duplicates;

internal sealed record NamedProduct(int Id, int BrandId, string NormalizedName);
