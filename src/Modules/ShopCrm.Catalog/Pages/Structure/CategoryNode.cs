namespace ShopCrm.Catalog.Pages.Structure;

// A category as the tree shows it.
public sealed class CategoryNode
{
    public int Id { get; init; }

    public int? ParentId { get; init; }

    public required string Name { get; init; }

    public required string Path { get; init; }

    public int SortOrder { get; init; }

    public List<CategoryNode> Children { get; } = [];
}
