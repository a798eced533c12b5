namespace ShopCrm.Catalog.Domain;

public sealed class ProductTag
{
    public int ProductId { get; init; }

    public int TagId { get; init; }
}
