namespace ShopCrm.Catalog.Services.Search;

internal sealed record CatalogFacets(
    int Total,
    IReadOnlyList<FacetCount> Brands,
    IReadOnlyList<FacetCount> Tags,
    IReadOnlyList<OptionFacet> Options,
    IReadOnlyList<NumberFacet> Numbers,
    decimal? MinPrice,
    decimal? MaxPrice);
