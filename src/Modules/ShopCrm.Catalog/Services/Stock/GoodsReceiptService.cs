using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Documents;
using ShopCrm.Core.Security;
using ShopCrm.Core.Time;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Stock;

// Drafts are edited under the receipt's Version (two people on one draft: the second gets a conflict);
// posting claims the draft with one conditional update, takes the next PZ number and writes a Receipt
// movement per line, all in one transaction, so a receipt enters stock exactly once. The value of an
// edit's success is the receipt's new Version.
internal sealed class GoodsReceiptService(IDbContextFactory<ShopDbContext> contexts, ShopClock clock, ICurrentUser user, PermissionGuard guard)
{
    public const string Series = "PZ";

    public async Task<Result<int>> CreateDraftAsync(GoodsReceiptHeader header, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.StockReceive);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await CheckHeaderAsync(db, header, ct) is { } error)
        {
            return Result<int>.Fail(error);
        }

        var receipt = new GoodsReceipt
        {
            // Drafts have no number yet (numbers are gapless and given at posting); the placeholder keeps the column unique.
            Number = DraftNumber(),
            SupplierId = header.SupplierId,
            WarehouseId = header.WarehouseId,
            SupplierDocument = Clean(header.SupplierDocument),
            Notes = Clean(header.Notes),
            Status = GoodsReceiptStatus.Draft,
            CreatedAt = Now,
            CreatedBy = user.UserName,
        };
        db.Add(receipt);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(receipt.Id);
    }

    public Task<Result<int>> UpdateHeaderAsync(int receiptId, int version, GoodsReceiptHeader header, CancellationToken ct = default) =>
        EditAsync(receiptId, version, async (db, receipt) =>
        {
            if (await CheckHeaderAsync(db, header, ct) is { } error)
            {
                return error;
            }

            receipt.SupplierId = header.SupplierId;
            receipt.WarehouseId = header.WarehouseId;
            receipt.SupplierDocument = Clean(header.SupplierDocument);
            receipt.Notes = Clean(header.Notes);
            return null;
        }, ct);

    public Task<Result<int>> AddLineAsync(int receiptId, int version, int productId, int quantity, long? purchasePriceMinor, CancellationToken ct = default) =>
        EditAsync(receiptId, version, async (db, receipt) =>
        {
            if (CheckLine(quantity, purchasePriceMinor) is { } error)
            {
                return error;
            }

            if (!await db.Set<Product>().AnyAsync(p => p.Id == productId, ct))
            {
                return StockError.ProductNotFound;
            }

            receipt.Lines.Add(new GoodsReceiptLine { ProductId = productId, Quantity = quantity, PurchasePriceMinor = purchasePriceMinor });
            return null;
        }, ct);

    public Task<Result<int>> ChangeLineAsync(int receiptId, int version, int lineId, int quantity, long? purchasePriceMinor, CancellationToken ct = default) =>
        EditAsync(receiptId, version, (_, receipt) =>
        {
            var line = receipt.Lines.SingleOrDefault(l => l.Id == lineId);
            if (line is null)
            {
                return Task.FromResult<Error?>(StockError.NotFound);
            }

            if (CheckLine(quantity, purchasePriceMinor) is { } error)
            {
                return Task.FromResult<Error?>(error);
            }

            line.Quantity = quantity;
            line.PurchasePriceMinor = purchasePriceMinor;
            return Task.FromResult<Error?>(null);
        }, ct);

    public Task<Result<int>> RemoveLineAsync(int receiptId, int version, int lineId, CancellationToken ct = default) =>
        EditAsync(receiptId, version, (_, receipt) =>
        {
            var line = receipt.Lines.SingleOrDefault(l => l.Id == lineId);
            if (line is null)
            {
                return Task.FromResult<Error?>(StockError.NotFound);
            }

            receipt.Lines.Remove(line);
            return Task.FromResult<Error?>(null);
        }, ct);

    // Posting twice (a double click, a retry) does nothing the second time and answers with the number.
    public async Task<Result<string>> PostAsync(int receiptId, int version, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.StockReceive);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var receipt = await db.Set<GoodsReceipt>().AsNoTracking().Include(r => r.Lines).SingleOrDefaultAsync(r => r.Id == receiptId, ct);
        if (receipt is null)
        {
            return Result<string>.Fail(StockError.NotFound);
        }

        if (receipt.Status == GoodsReceiptStatus.Posted)
        {
            return Result<string>.Ok(receipt.Number);
        }

        if (receipt.Version != version)
        {
            return Result<string>.Fail(StockError.Conflict);
        }

        if (receipt.Lines.Count == 0)
        {
            return Result<string>.Fail(StockError.EmptyReceipt);
        }

        if (!await db.Set<Warehouse>().AnyAsync(w => w.Id == receipt.WarehouseId && w.IsActive, ct))
        {
            return Result<string>.Fail(StockError.WarehouseNotFound);
        }

        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Set<GoodsReceipt>()
            .Where(r => r.Id == receiptId && r.Status == GoodsReceiptStatus.Draft && r.Version == version)
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, GoodsReceiptStatus.Posted)
                .SetProperty(r => r.PostedAt, now)
                .SetProperty(r => r.PostedBy, user.UserName)
                .SetProperty(r => r.Version, version + 1), ct);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct);
            var status = await db.Set<GoodsReceipt>().Where(r => r.Id == receiptId).Select(r => new { r.Status, r.Number }).SingleAsync(ct);
            return status.Status == GoodsReceiptStatus.Posted ? Result<string>.Ok(status.Number) : Result<string>.Fail(StockError.Conflict);
        }

        // The number carries the shop's year: just after midnight in Warsaw on 1 January it is still 31 December in UTC.
        var year = clock.ToLocal(now).Year;
        var number = DocumentNumbers.Format(Series, year, await DocumentNumbers.NextAsync(db, Series, year, ct));
        await db.Set<GoodsReceipt>().Where(r => r.Id == receiptId).ExecuteUpdateAsync(u => u.SetProperty(r => r.Number, number), ct);
        foreach (var line in receipt.Lines)
        {
            await StockLedger.ApplyAsync(db, line.ProductId, receipt.WarehouseId, StockMovementType.Receipt, line.Quantity, 0, user.UserName, now, null, number, ct);
        }

        db.Record(user, now, nameof(GoodsReceipt), receiptId, nameof(GoodsReceipt.Status), GoodsReceiptStatus.Draft, GoodsReceiptStatus.Posted);
        db.Record(user, now, nameof(GoodsReceipt), receiptId, nameof(GoodsReceipt.Number), null, number);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<string>.Ok(number);
    }

    public static bool IsDraftNumber(string number) => number.StartsWith("draft-", StringComparison.Ordinal);

    private async Task<Result<int>> EditAsync(int receiptId, int version, Func<ShopDbContext, GoodsReceipt, Task<Error?>> edit, CancellationToken ct)
    {
        await guard.EnsureAsync(CatalogPermissions.StockReceive);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var receipt = await db.Set<GoodsReceipt>().Include(r => r.Lines).SingleOrDefaultAsync(r => r.Id == receiptId, ct);
        if (receipt is null)
        {
            return Result<int>.Fail(StockError.NotFound);
        }

        if (receipt.Status != GoodsReceiptStatus.Draft)
        {
            return Result<int>.Fail(StockError.NotDraft);
        }

        if (receipt.Version != version)
        {
            return Result<int>.Fail(StockError.Conflict);
        }

        if (await edit(db, receipt) is { } error)
        {
            return Result<int>.Fail(error);
        }

        // Every edit, lines included, moves the receipt's Version: the UPDATE checks the old one, so of two
        // people saving the same version only the first gets through.
        receipt.Version = version + 1;
        db.Entry(receipt).Property(r => r.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<int>.Fail(StockError.Conflict);
        }

        return Result<int>.Ok(receipt.Version);
    }

    private static async Task<Error?> CheckHeaderAsync(ShopDbContext db, GoodsReceiptHeader header, CancellationToken ct)
    {
        if (!await db.Set<Supplier>().AnyAsync(s => s.Id == header.SupplierId, ct))
        {
            return new Error("supplier", "Choose the supplier who delivered the goods.");
        }

        return await db.Set<Warehouse>().AnyAsync(w => w.Id == header.WarehouseId && w.IsActive, ct) ? null : StockError.WarehouseNotFound;
    }

    private static Error? CheckLine(int quantity, long? purchasePriceMinor) =>
        quantity <= 0 ? StockError.InvalidQuantity
        : purchasePriceMinor < 0 ? new Error("price", "The purchase price cannot be negative.")
        : null;

    private static string DraftNumber() => "draft-" + Guid.NewGuid().ToString("N")[..24];

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private DateTime Now => clock.UtcNow;
}
