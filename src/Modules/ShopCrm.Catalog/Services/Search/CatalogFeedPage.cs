namespace ShopCrm.Catalog.Services.Search;

// NextCursor is always set (the given one when nothing changed), so the site keeps it for its next sync.
internal sealed record CatalogFeedPage(IReadOnlyList<CatalogFeedItem> Items, string? NextCursor, bool HasMore);
