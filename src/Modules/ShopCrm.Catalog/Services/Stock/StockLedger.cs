using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Stock;

// The one way stock changes: a conditional update of the cached ProductStocks row (refused when on hand or
// reserved would go below zero, or reserved above on hand) and a ledger row saying who, why and by which
// document. Runs inside the caller's transaction; the caller saves and commits.
internal static class StockLedger
{
    public static async Task<bool> ApplyAsync(
        ShopDbContext db, int productId, int warehouseId, StockMovementType type, int onHandChange, int reservedChange,
        string userName, DateTime now, string? reason, string? document, CancellationToken ct, string? operationKey = null)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Stock changes run inside the transaction that writes their ledger row.");
        }

        await EnsureRowAsync(db, productId, warehouseId, ct);
        var changed = await db.Set<ProductStock>()
            .Where(s => s.ProductId == productId && s.WarehouseId == warehouseId
                && s.OnHand + onHandChange >= 0
                && s.Reserved + reservedChange >= 0
                && s.Reserved + reservedChange <= s.OnHand + onHandChange)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.OnHand, s => s.OnHand + onHandChange)
                .SetProperty(s => s.Reserved, s => s.Reserved + reservedChange), ct);
        if (changed == 0)
        {
            return false;
        }

        db.Add(new StockMovement
        {
            ProductId = productId,
            WarehouseId = warehouseId,
            Type = type,
            OnHandChange = onHandChange,
            ReservedChange = reservedChange,
            At = now,
            UserName = userName,
            Reason = reason,
            Document = document,
            OperationKey = operationKey,
        });

        // The site feed's changed-since cursor must see every change of availability.
        var availableChange = onHandChange - reservedChange;
        if (availableChange != 0)
        {
            await db.Set<Product>().Where(p => p.Id == productId).ExecuteUpdateAsync(u => u
                .SetProperty(p => p.AvailableStock, p => p.AvailableStock + availableChange)
                .SetProperty(p => p.UpdatedAt, now), ct);
        }

        return true;
    }

    // The model's stock row in the warehouse, made empty if it never held the model; safe when two make it at once.
    public static Task EnsureRowAsync(ShopDbContext db, int productId, int warehouseId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ProductStocks" ("ProductId", "WarehouseId", "OnHand", "Reserved") VALUES ({productId}, {warehouseId}, 0, 0) ON CONFLICT DO NOTHING""", ct);

    // Sets the models' cached availability to the sum of their stock rows: for rows written in bulk (demo data).
    public static Task<int> RecountAvailableAsync(ShopDbContext db, IReadOnlyCollection<int> productIds, CancellationToken ct) =>
        db.Set<Product>().Where(p => productIds.Contains(p.Id)).ExecuteUpdateAsync(u => u.SetProperty(
            p => p.AvailableStock,
            p => db.Set<ProductStock>().Where(s => s.ProductId == p.Id).Sum(s => (int?)(s.OnHand - s.Reserved)) ?? 0), ct);
}
