namespace ShopCrm.Catalog.Domain;

// A brand's product line (Shimano "Stradic", Daiwa "Ninja").
public sealed class ProductSeries
{
    public int Id { get; init; }

    public int? BrandId { get; set; }

    public required string Name { get; set; }
}
