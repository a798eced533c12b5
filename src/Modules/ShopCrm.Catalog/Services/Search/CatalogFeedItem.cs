namespace ShopCrm.Catalog.Services.Search;

// One model as the e-shop sees it. A removed item (archived, merged or back in draft) carries only its
// id, SKU and MergedIntoSku, so the site drops it or redirects to the surviving card.
internal sealed record CatalogFeedItem
{
    public int Id { get; init; }

    public required string Sku { get; init; }

    public bool Removed { get; init; }

    public string? MergedIntoSku { get; init; }

    public DateTime UpdatedAt { get; init; }

    public string? Ean { get; init; }

    public string? Name { get; init; }

    public string? Brand { get; init; }

    public FeedCategory? Category { get; init; }

    public string? Series { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> VideoLinks { get; init; } = [];

    public FeedPrice? Price { get; init; }

    public FeedAvailability? Availability { get; init; }

    public IReadOnlyList<FeedSpecification> Specifications { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> Images { get; init; } = [];

    public IReadOnlyList<string> Accessories { get; init; } = [];

    public IReadOnlyList<string> Related { get; init; } = [];
}
