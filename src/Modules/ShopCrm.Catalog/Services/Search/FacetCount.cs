namespace ShopCrm.Catalog.Services.Search;

internal sealed record FacetCount(int Id, string Name, int Count);
