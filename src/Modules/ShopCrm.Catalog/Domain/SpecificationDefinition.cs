namespace ShopCrm.Catalog.Domain;

// A typed specification of a category (rod length in m, casting weight in g), inherited by its subcategories.
public sealed class SpecificationDefinition
{
    public int Id { get; init; }

    public int CategoryId { get; set; }

    public required string Name { get; set; }

    public SpecificationKind Kind { get; set; }

    public string? Unit { get; set; }

    public bool IsRequired { get; set; }

    // For Option: the allowed values, one per line.
    public string? Options { get; set; }

    public int SortOrder { get; set; }
}
