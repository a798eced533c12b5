using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Stock;

// Exactly one active warehouse is the default (where orders take stock unless told otherwise): the first one
// created becomes it, and it cannot be deactivated until another is made the default.
internal sealed class WarehouseService(IDbContextFactory<ShopDbContext> contexts, PermissionGuard guard)
{
    public async Task<Result<int>> CreateAsync(string code, string name, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.StockAdjust);
        code = code.Trim().ToUpperInvariant();
        name = name.Trim();
        if (code.Length is 0 or > 20 || name.Length is 0 or > 100)
        {
            return Result<int>.Fail(new Error("name", "Give the warehouse a code (up to 20 characters) and a name."));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Set<Warehouse>().AnyAsync(w => w.Code == code, ct))
        {
            return Result<int>.Fail(new Error("code", $"There already is a warehouse with the code {code}."));
        }

        var warehouse = new Warehouse { Code = code, Name = name, IsDefault = !await db.Set<Warehouse>().AnyAsync(w => w.IsDefault, ct) };
        db.Add(warehouse);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(warehouse.Id);
    }

    public async Task<Result<int>> RenameAsync(int id, string name, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.StockAdjust);
        name = name.Trim();
        if (name.Length is 0 or > 100)
        {
            return Result<int>.Fail(new Error("name", "Give the warehouse a name of up to 100 characters."));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var changed = await db.Set<Warehouse>().Where(w => w.Id == id).ExecuteUpdateAsync(u => u.SetProperty(w => w.Name, name), ct);
        return changed == 0 ? Result<int>.Fail(StockError.WarehouseNotFound) : Result<int>.Ok(id);
    }

    public async Task<Result<int>> MakeDefaultAsync(int id, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.StockAdjust);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var chosen = await db.Set<Warehouse>().Where(w => w.Id == id && w.IsActive).ExecuteUpdateAsync(u => u.SetProperty(w => w.IsDefault, true), ct);
        if (chosen == 0)
        {
            await transaction.RollbackAsync(ct);
            return Result<int>.Fail(StockError.WarehouseNotFound);
        }

        await db.Set<Warehouse>().Where(w => w.Id != id && w.IsDefault).ExecuteUpdateAsync(u => u.SetProperty(w => w.IsDefault, false), ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(id);
    }

    // Stock stays on a deactivated warehouse's ledger; it only stops being offered for new receipts and orders.
    public async Task<Result<int>> SetActiveAsync(int id, bool active, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.StockAdjust);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var changed = await db.Set<Warehouse>()
            .Where(w => w.Id == id && (active || !w.IsDefault))
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.IsActive, active), ct);
        if (changed == 0)
        {
            return Result<int>.Fail(await db.Set<Warehouse>().AnyAsync(w => w.Id == id, ct)
                ? new Error("default", "The default warehouse cannot be deactivated. Make another warehouse the default first.")
                : StockError.WarehouseNotFound);
        }

        return Result<int>.Ok(id);
    }
}
