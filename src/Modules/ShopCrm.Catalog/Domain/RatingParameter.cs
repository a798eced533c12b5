namespace ShopCrm.Catalog.Domain;

// A criterion reviews score on a 5-point scale, for a category (and its subcategories) or a tag.
internal sealed class RatingParameter
{
    public int Id { get; init; }

    public required string Name { get; set; }

    public int? CategoryId { get; set; }

    public int? TagId { get; set; }
}
