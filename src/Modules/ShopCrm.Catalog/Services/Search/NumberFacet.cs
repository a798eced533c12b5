namespace ShopCrm.Catalog.Services.Search;

internal sealed record NumberFacet(int DefinitionId, string Name, string? Unit, double Min, double Max, int Count);
