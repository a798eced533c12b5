namespace ShopCrm.Catalog.Services.Search;

// Path: the names from the root down to this category.
internal sealed record FeedCategory(int Id, string Name, IReadOnlyList<string> Path);
