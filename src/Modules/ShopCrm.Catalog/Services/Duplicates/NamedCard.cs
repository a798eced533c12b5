namespace ShopCrm.Catalog.Services.Duplicates;

public sealed record NamedCard(int Id, int BrandId, string NormalizedName);
