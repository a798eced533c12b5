namespace ShopCrm.Catalog.Services.Search;

// What the site feed, its facets and the Guru product finder filter by. CategoryId includes subcategories;
// every tag must be present; option values of one definition are alternatives, definitions are all required.
internal sealed record CatalogSearchFilter
{
    public int? CategoryId { get; init; }

    public IReadOnlyList<int> TagIds { get; init; } = [];

    public int? BrandId { get; init; }

    public long? MinGrossPriceMinor { get; init; }

    public long? MaxGrossPriceMinor { get; init; }

    public bool InStockOnly { get; init; }

    public IReadOnlyDictionary<int, IReadOnlyList<string>> OptionValues { get; init; } = new Dictionary<int, IReadOnlyList<string>>();

    public IReadOnlyDictionary<int, NumberRange> NumberRanges { get; init; } = new Dictionary<int, NumberRange>();
}
