using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Stock;

internal sealed class StockAvailability(IDbContextFactory<ShopDbContext> contexts) : IStockAvailability
{
    public async Task<IReadOnlyDictionary<int, int>> FreeByModelAsync(IReadOnlyCollection<int> productIds, CancellationToken ct = default)
    {
        var ids = productIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<int, int>();
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ProductStock>().AsNoTracking().Where(s => ids.Contains(s.ProductId))
            .GroupBy(s => s.ProductId).Select(g => new { g.Key, Free = g.Sum(s => s.OnHand - s.Reserved) })
            .ToDictionaryAsync(g => g.Key, g => g.Free, ct);
    }

    public async Task<IReadOnlyList<FreeStock>> FreeByWarehouseAsync(IReadOnlyCollection<int> productIds, CancellationToken ct = default)
    {
        var ids = productIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ProductStock>().AsNoTracking()
            .Where(s => ids.Contains(s.ProductId) && s.OnHand - s.Reserved > 0)
            .Join(db.Set<Warehouse>(), s => s.WarehouseId, w => w.Id, (s, w) => new FreeStock(s.ProductId, s.WarehouseId, w.Code, s.OnHand - s.Reserved))
            .ToListAsync(ct);
    }
}
