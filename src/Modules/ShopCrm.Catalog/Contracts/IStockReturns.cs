using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Contracts;

// Goods an order brings back to a warehouse. The return key makes a repeated call a no-op.
public interface IStockReturns
{
    Task<Result<int>> ReturnAsync(int productId, int warehouseId, int quantity, string? reason, string? document, string? returnKey, CancellationToken ct = default);
}
