using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Stock;

// The reservation row is claimed first (unique order line, ON CONFLICT DO NOTHING), then the stock is taken by
// one conditional UPDATE (available >= n), both in one transaction: two orders racing for the last units
// can never both get them, and a repeated call for the same line waits for the first and takes nothing.
internal sealed class StockReservations(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user) : IStockReservations
{
    public async Task<Result<StockReservation>> ReserveAsync(
        string orderLine, int productId, int quantity, int? warehouseId = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderLine);
        if (quantity <= 0)
        {
            return Fail(StockError.InvalidQuantity);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var existing = await FindAsync(db, orderLine, ct);
        if (existing is { Status: StockReservationStatus.Released })
        {
            return await ReviveAsync(db, existing, productId, quantity, warehouseId, ct);
        }

        if (existing is not null)
        {
            return Result<StockReservation>.Ok(existing);
        }

        if (!await db.Set<Product>().AnyAsync(p => p.Id == productId, ct))
        {
            return Fail(StockError.ProductNotFound);
        }

        var warehouse = warehouseId ?? await ChooseWarehouseAsync(db, productId, quantity, ct);
        if (warehouse is null)
        {
            return Fail(StockError.NoWarehouse);
        }

        if (!await db.Set<Warehouse>().AnyAsync(w => w.Id == warehouse && w.IsActive, ct))
        {
            return Fail(StockError.WarehouseNotFound);
        }

        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // A second call for the same line waits here for the first to finish and then inserts nothing.
        var claimed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "StockReservations" ("OrderLine", "ProductId", "WarehouseId", "Quantity", "Status", "CreatedAt", "UpdatedAt")
            VALUES ({orderLine}, {productId}, {warehouse.Value}, {quantity}, {(int)StockReservationStatus.Reserved}, {now}, {now})
            ON CONFLICT DO NOTHING
            """, ct);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct);
            return Result<StockReservation>.Ok((await FindAsync(db, orderLine, ct))!);
        }

        var taken = await StockLedger.ApplyAsync(
            db, productId, warehouse.Value, StockMovementType.Reservation, 0, quantity, user.UserName, now, null, orderLine, ct);
        if (!taken)
        {
            await transaction.RollbackAsync(ct);
            return Fail(StockError.NotEnough);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<StockReservation>.Ok((await FindAsync(db, orderLine, ct))!);
    }

    // A line whose hold was given back (a confirmation that failed on another line) is reserved again when it
    // is confirmed again: answering with the released row would let the order pass as holding stock it has not.
    private async Task<Result<StockReservation>> ReviveAsync(
        ShopDbContext db, StockReservation released, int productId, int quantity, int? warehouseId, CancellationToken ct)
    {
        var warehouse = warehouseId ?? await ChooseWarehouseAsync(db, productId, quantity, ct);
        if (warehouse is null)
        {
            return Fail(StockError.NoWarehouse);
        }

        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var revived = await db.Set<StockReservation>()
            .Where(r => r.Id == released.Id && r.Status == StockReservationStatus.Released)
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, StockReservationStatus.Reserved)
                .SetProperty(r => r.ProductId, productId)
                .SetProperty(r => r.WarehouseId, warehouse.Value)
                .SetProperty(r => r.Quantity, quantity)
                .SetProperty(r => r.UpdatedAt, now), ct);
        if (revived == 0)
        {
            await transaction.RollbackAsync(ct);
            return Result<StockReservation>.Ok((await FindAsync(db, released.OrderLine, ct))!);
        }

        if (!await StockLedger.ApplyAsync(db, productId, warehouse.Value, StockMovementType.Reservation, 0, quantity, user.UserName, now, null, released.OrderLine, ct))
        {
            await transaction.RollbackAsync(ct);
            return Fail(StockError.NotEnough);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<StockReservation>.Ok((await FindAsync(db, released.OrderLine, ct))!);
    }

    public Task<Result<StockReservation>> ReleaseAsync(string orderLine, CancellationToken ct = default) =>
        MoveAsync(orderLine, StockReservationStatus.Released, StockMovementType.Release, ct);

    public Task<Result<StockReservation>> CommitAsync(string orderLine, CancellationToken ct = default) =>
        MoveAsync(orderLine, StockReservationStatus.Committed, StockMovementType.Sale, ct);

    // Moves a reservation out of Reserved exactly once; a repeated call finds it already moved and answers
    // as if it had just done it.
    private async Task<Result<StockReservation>> MoveAsync(string orderLine, StockReservationStatus to, StockMovementType type, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var reservation = await FindAsync(db, orderLine, ct);
        if (reservation is null)
        {
            return Fail(StockError.NoReservation);
        }

        if (reservation.Status == to)
        {
            return Result<StockReservation>.Ok(reservation);
        }

        if (reservation.Status != StockReservationStatus.Reserved)
        {
            return Fail(StockError.WrongState(reservation.Status));
        }

        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.Set<StockReservation>()
            .Where(r => r.Id == reservation.Id && r.Status == StockReservationStatus.Reserved)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, to).SetProperty(r => r.UpdatedAt, now), ct);
        if (moved == 0)
        {
            await transaction.RollbackAsync(ct);
            return await MoveAsync(orderLine, to, type, ct);
        }

        var n = reservation.Quantity;
        var onHandChange = to == StockReservationStatus.Committed ? -n : 0;
        if (!await StockLedger.ApplyAsync(db, reservation.ProductId, reservation.WarehouseId, type, onHandChange, -n, user.UserName, now, null, orderLine, ct))
        {
            // Only a hand edit of the database can get here: the reserved units are gone from the cached row.
            throw new InvalidOperationException($"The stock row of model {reservation.ProductId} no longer holds the {n} reserved for {orderLine}.");
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        reservation.Status = to;
        reservation.UpdatedAt = now;
        return Result<StockReservation>.Ok(reservation);
    }

    private static async Task<int?> ChooseWarehouseAsync(ShopDbContext db, int productId, int quantity, CancellationToken ct)
    {
        var candidates = await db.Set<Warehouse>().AsNoTracking()
            .Where(w => w.IsActive)
            .Select(w => new
            {
                w.Id,
                w.IsDefault,
                Available = db.Set<ProductStock>().Where(s => s.WarehouseId == w.Id && s.ProductId == productId).Select(s => s.OnHand - s.Reserved).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var chosen = candidates.FirstOrDefault(w => w.IsDefault && w.Available >= quantity)
            ?? candidates.OrderByDescending(w => w.Available).ThenByDescending(w => w.IsDefault).FirstOrDefault();
        return chosen?.Id;
    }

    public async Task<IReadOnlyList<string>> KeysStartingWithAsync(string prefix, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<StockReservation>().AsNoTracking().Where(r => r.OrderLine.StartsWith(prefix)).Select(r => r.OrderLine).ToListAsync(ct);
    }

    private static Task<StockReservation?> FindAsync(ShopDbContext db, string orderLine, CancellationToken ct) =>
        db.Set<StockReservation>().AsNoTracking().SingleOrDefaultAsync(r => r.OrderLine == orderLine, ct);

    private static Result<StockReservation> Fail(Error error) => Result<StockReservation>.Fail(error);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
