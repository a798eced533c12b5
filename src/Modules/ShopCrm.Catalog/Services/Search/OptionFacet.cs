namespace ShopCrm.Catalog.Services.Search;

public sealed record OptionFacet(int DefinitionId, string Name, IReadOnlyList<OptionValueCount> Values);
