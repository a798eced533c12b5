namespace ShopCrm.Catalog.Domain;

// What a card of a category must have to be complete; subcategories without their own rule inherit the
// nearest ancestor's, and the root default asks for everything with one image.
internal sealed class CompletenessRule
{
    public int CategoryId { get; init; }

    public bool RequireDescription { get; set; } = true;

    public int MinimumImages { get; set; } = 1;

    public bool RequireSpecifications { get; set; } = true;

    public bool RequirePrice { get; set; } = true;

    public bool RequireSupplier { get; set; } = true;
}
