namespace ShopCrm.Catalog.Domain;

internal sealed class ProductLink
{
    public int ProductId { get; init; }

    public int LinkedProductId { get; init; }

    public ProductLinkKind Kind { get; init; }
}
