namespace ShopCrm.Catalog.Services.Search;

internal sealed record OptionFacet(int DefinitionId, string Name, IReadOnlyList<OptionValueCount> Values);
