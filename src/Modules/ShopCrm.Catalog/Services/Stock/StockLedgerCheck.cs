using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Stock;

// The cached on hand and reserved must always equal the sums of the ledger; this lists every model and
// warehouse where they do not.
internal sealed class StockLedgerCheck(IDbContextFactory<ShopDbContext> contexts)
{
    public sealed record Drift(int ProductId, string Sku, int WarehouseId, int CachedOnHand, int LedgerOnHand, int CachedReserved, int LedgerReserved);

    public sealed record AvailabilityDrift(int ProductId, string Sku, int CachedAvailable, int StockAvailable);

    // The model's cached availability (what lists filter and count by) against its stock rows.
    public async Task<IReadOnlyList<AvailabilityDrift>> FindAvailabilityDriftAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stocks = db.Set<ProductStock>();
        return await db.Set<Product>()
            .Select(p => new { p.Id, p.Sku, p.AvailableStock, Sum = stocks.Where(s => s.ProductId == p.Id).Sum(s => (int?)(s.OnHand - s.Reserved)) ?? 0 })
            .Where(p => p.AvailableStock != p.Sum)
            .Select(p => new AvailabilityDrift(p.Id, p.Sku, p.AvailableStock, p.Sum))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Drift>> FindDriftAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var movements = db.Set<StockMovement>();
        return await db.Set<ProductStock>()
            .Select(s => new
            {
                s.ProductId,
                s.WarehouseId,
                s.OnHand,
                s.Reserved,
                LedgerOnHand = movements.Where(m => m.ProductId == s.ProductId && m.WarehouseId == s.WarehouseId).Sum(m => (int?)m.OnHandChange) ?? 0,
                LedgerReserved = movements.Where(m => m.ProductId == s.ProductId && m.WarehouseId == s.WarehouseId).Sum(m => (int?)m.ReservedChange) ?? 0,
            })
            .Where(s => s.OnHand != s.LedgerOnHand || s.Reserved != s.LedgerReserved)
            .Join(db.Set<Product>(), s => s.ProductId, p => p.Id, (s, p) => new Drift(s.ProductId, p.Sku, s.WarehouseId, s.OnHand, s.LedgerOnHand, s.Reserved, s.LedgerReserved))
            .ToListAsync(ct);
    }
}
