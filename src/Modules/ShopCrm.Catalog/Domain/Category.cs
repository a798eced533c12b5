namespace ShopCrm.Catalog.Domain;

// A node of the category tree. Path holds the ids from the root ("/1/7/42/"), so a subtree is one
// LIKE 'prefix%' in SQL on both providers.
public sealed class Category
{
    public int Id { get; init; }

    public int? ParentId { get; set; }

    public required string Name { get; set; }

    public string Path { get; set; } = "/";

    public int SortOrder { get; set; }
}
