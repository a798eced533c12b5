namespace ShopCrm.Catalog.Domain;

internal sealed class ProductTag
{
    public int ProductId { get; init; }

    public int TagId { get; init; }
}
