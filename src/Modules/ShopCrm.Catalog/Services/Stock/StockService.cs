using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Stock;

// Stock changes made by warehouse staff: each is a ledger row (or two, for a transfer) and a conditional update
// of the cached row, in one transaction. The value of a success is the new on-hand figure in the (target) warehouse.
internal sealed class StockService(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user, PermissionGuard guard) : IStockReturns
{
    public Task<Result<int>> ReceiveAsync(int productId, int warehouseId, int quantity, string? reason, string? document, CancellationToken ct = default) =>
        quantity <= 0
            ? Task.FromResult(Result<int>.Fail(StockError.InvalidQuantity))
            : ChangeAsync(productId, warehouseId, StockMovementType.Receipt, quantity, reason, document, ct);

    // Goods a client sent back that can be sold again. With a returnKey (one per return and line) a repeated
    // call adds nothing and answers as the first one did: a retried return never counts its units twice.
    public Task<Result<int>> ReturnAsync(int productId, int warehouseId, int quantity, string? reason, string? document, string? returnKey, CancellationToken ct = default) =>
        quantity <= 0
            ? Task.FromResult(Result<int>.Fail(StockError.InvalidQuantity))
            : ChangeAsync(productId, warehouseId, StockMovementType.Return, quantity, reason, document, ct, returnKey);

    // A stocktaking correction: refused when it would take on hand below zero or below what orders hold.
    public Task<Result<int>> AdjustAsync(int productId, int warehouseId, int delta, string reason, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return delta == 0
            ? Task.FromResult(Result<int>.Fail(new Error("zero", "Enter how many units to add (positive) or take off (negative).")))
            : ChangeAsync(productId, warehouseId, StockMovementType.Adjustment, delta, reason, null, ct);
    }

    public async Task<Result<int>> TransferAsync(int productId, int fromWarehouseId, int toWarehouseId, int quantity, string? reason, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.StockAdjust);
        if (quantity <= 0)
        {
            return Result<int>.Fail(StockError.InvalidQuantity);
        }

        if (fromWarehouseId == toWarehouseId)
        {
            return Result<int>.Fail(StockError.SameWarehouse);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var codes = await db.Set<Warehouse>().Where(w => (w.Id == fromWarehouseId || w.Id == toWarehouseId) && w.IsActive)
            .ToDictionaryAsync(w => w.Id, w => w.Code, ct);
        if (codes.Count != 2)
        {
            return Result<int>.Fail(StockError.WarehouseNotFound);
        }

        if (!await db.Set<Product>().AnyAsync(p => p.Id == productId, ct))
        {
            return Result<int>.Fail(StockError.ProductNotFound);
        }

        var now = Now;
        var document = $"{codes[fromWarehouseId]} → {codes[toWarehouseId]}";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await StockLedger.ApplyAsync(db, productId, fromWarehouseId, StockMovementType.TransferOut, -quantity, 0, user.UserName, now, reason, document, ct))
        {
            await transaction.RollbackAsync(ct);
            return Result<int>.Fail(StockError.NotEnough);
        }

        await StockLedger.ApplyAsync(db, productId, toWarehouseId, StockMovementType.TransferIn, quantity, 0, user.UserName, now, reason, document, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(await OnHandAsync(db, productId, toWarehouseId, ct));
    }

    // A warehouse's own minimum (null: the warehouse shares the model's minimum), audited per warehouse. Only
    // what differs is written; the stock row is created when the warehouse never held the model.
    public async Task<Result<int>> SetWarehouseMinimumsAsync(int productId, IReadOnlyDictionary<int, int?> minimums, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.StockAdjust);
        if (minimums.Values.Any(m => m < 0))
        {
            return Result<int>.Fail(StockError.InvalidMinimum);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Set<Product>().AnyAsync(p => p.Id == productId, ct))
        {
            return Result<int>.Fail(StockError.ProductNotFound);
        }

        var warehouseIds = minimums.Keys.ToList();
        if (await db.Set<Warehouse>().CountAsync(w => warehouseIds.Contains(w.Id) && w.IsActive, ct) != warehouseIds.Count)
        {
            return Result<int>.Fail(StockError.WarehouseNotFound);
        }

        var now = Now;
        var changed = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (warehouseId, minimum) in minimums)
        {
            var before = await db.Set<ProductStock>().Where(s => s.ProductId == productId && s.WarehouseId == warehouseId)
                .Select(s => new { s.MinimumStock }).SingleOrDefaultAsync(ct);
            if (before is null && minimum is null || before?.MinimumStock == minimum)
            {
                continue;
            }

            await StockLedger.EnsureRowAsync(db, productId, warehouseId, ct);
            await db.Set<ProductStock>().Where(s => s.ProductId == productId && s.WarehouseId == warehouseId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.MinimumStock, minimum), ct);
            db.Record(user, now, nameof(ProductStock), $"{productId}/{warehouseId}", nameof(ProductStock.MinimumStock), before?.MinimumStock, minimum);
            changed++;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(changed);
    }

    private async Task<Result<int>> ChangeAsync(
        int productId, int warehouseId, StockMovementType type, int delta, string? reason, string? document, CancellationToken ct, string? operationKey = null)
    {
        // A return is the stock side of a return OrderWorkflow recorded and checked (orders.return).
        if (type != StockMovementType.Return)
        {
            await guard.EnsureAsync(type == StockMovementType.Receipt ? CatalogPermissions.StockReceive : CatalogPermissions.StockAdjust);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Set<Warehouse>().AnyAsync(w => w.Id == warehouseId && w.IsActive, ct))
        {
            return Result<int>.Fail(StockError.WarehouseNotFound);
        }

        if (!await db.Set<Product>().AnyAsync(p => p.Id == productId, ct))
        {
            return Result<int>.Fail(StockError.ProductNotFound);
        }

        if (operationKey is not null && await db.Set<StockMovement>().AnyAsync(m => m.OperationKey == operationKey, ct))
        {
            return Result<int>.Ok(await OnHandAsync(db, productId, warehouseId, ct));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await StockLedger.ApplyAsync(db, productId, warehouseId, type, delta, 0, user.UserName, Now, reason, document, ct, operationKey))
        {
            await transaction.RollbackAsync(ct);
            return Result<int>.Fail(StockError.BelowReserved);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException) when (operationKey is not null)
        {
            // The same operation ran at the same moment and won the unique key: its stock change stands, ours rolls back.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (!await db.Set<StockMovement>().AnyAsync(m => m.OperationKey == operationKey, ct))
            {
                throw;
            }
        }

        return Result<int>.Ok(await OnHandAsync(db, productId, warehouseId, ct));
    }

    private static Task<int> OnHandAsync(ShopDbContext db, int productId, int warehouseId, CancellationToken ct) =>
        db.Set<ProductStock>().Where(s => s.ProductId == productId && s.WarehouseId == warehouseId).Select(s => s.OnHand).SingleAsync(ct);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
