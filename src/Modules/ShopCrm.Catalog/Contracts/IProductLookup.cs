namespace ShopCrm.Catalog.Contracts;

public interface IProductLookup
{
    // Models an order may still take (not archived, not merged into another) whose SKU starts with the text
    // or whose name contains it, in SKU order, with the free stock of each warehouse that has some.
    Task<IReadOnlyList<ProductForSale>> FindForSaleAsync(string text, int take, CancellationToken ct = default);
}
