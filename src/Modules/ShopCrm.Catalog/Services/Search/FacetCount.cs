namespace ShopCrm.Catalog.Services.Search;

public sealed record FacetCount(int Id, string Name, int Count);
