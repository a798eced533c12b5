namespace ShopCrm.Catalog.Services.Search;

public sealed record CatalogFacets(
    int Total,
    IReadOnlyList<FacetCount> Brands,
    IReadOnlyList<FacetCount> Tags,
    IReadOnlyList<OptionFacet> Options,
    IReadOnlyList<NumberFacet> Numbers,
    decimal? MinPrice,
    decimal? MaxPrice);
