using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Completeness;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Results;
using ShopCrm.Core.Security;

namespace ShopCrm.Catalog.Services.Duplicates;

// Folds a duplicate card into the survivor in one transaction: stock (as ledger movements out of the
// duplicate and into the survivor, with the cached sums and the open reservations following), supplier
// codes, tags, links both ways, specification values the survivor lacks and images. Price history and
// documents stay with the duplicate, which is archived with MergedIntoId so old links still resolve and
// the site feed reports it removed.
internal sealed class ProductMerge(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user, PermissionGuard guard)
{
    public async Task<Result<int>> MergeAsync(int survivorId, int duplicateId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Merge);
        if (survivorId == duplicateId)
        {
            return ProductMergeError.IntoItself;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var survivor = await db.Set<Product>().SingleOrDefaultAsync(p => p.Id == survivorId, ct);
        var duplicate = await db.Set<Product>().SingleOrDefaultAsync(p => p.Id == duplicateId, ct);
        if (survivor is null || duplicate is null)
        {
            return ProductMergeError.NotFound;
        }

        if (survivor.MergedIntoId is not null || duplicate.MergedIntoId is not null)
        {
            return ProductMergeError.AlreadyMerged;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (!await MoveStockAsync(db, survivor, duplicate, now, ct))
        {
            return ProductMergeError.StockChanged;
        }

        await MoveSuppliersAsync(db, survivorId, duplicateId, ct);
        await MoveTagsAsync(db, survivorId, duplicateId, ct);
        await MoveLinksAsync(db, survivorId, duplicateId, ct);
        await CopySpecificationsAsync(db, survivorId, duplicateId, ct);
        var lastImage = await db.Set<ProductImage>().Where(i => i.ProductId == survivorId).MaxAsync(i => (int?)i.SortOrder, ct) ?? -1;
        await db.Set<ProductImage>().Where(i => i.ProductId == duplicateId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ProductId, survivorId).SetProperty(i => i.SortOrder, i => i.SortOrder + lastImage + 1), ct);
        await db.Set<DuplicateDismissal>().Where(d => d.ProductId == duplicateId || d.OtherProductId == duplicateId).ExecuteDeleteAsync(ct);
        db.Record(user, now, nameof(Product), survivorId, "MergedFrom", null, duplicate.Sku);

        duplicate.Status = ProductStatus.Archived;
        duplicate.MergedIntoId = survivorId;
        duplicate.UpdatedAt = now;
        duplicate.Version++;
        survivor.UpdatedAt = now;
        survivor.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ProductMergeError.Conflict;
        }

        // Stock moved by hand above, not through StockLedger, so both cached availabilities are recounted.
        await StockLedger.RecountAvailableAsync(db, [survivorId, duplicateId], ct);

        // The survivor may have gained images, specifications or a supplier.
        await CompletenessService.RecomputeAsync(db, survivorId, ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(survivorId);
    }

    // Per warehouse: the whole on hand and reserved leave the duplicate and arrive at the survivor as a
    // pair of transfer movements. The duplicate's row changes only if it still holds what was read.
    private async Task<bool> MoveStockAsync(ShopDbContext db, Product survivor, Product duplicate, DateTime now, CancellationToken ct)
    {
        var stocks = await db.Set<ProductStock>().AsNoTracking().Where(s => s.ProductId == duplicate.Id && (s.OnHand != 0 || s.Reserved != 0)).ToListAsync(ct);
        foreach (var stock in stocks)
        {
            var moved = await db.Set<ProductStock>()
                .Where(s => s.ProductId == duplicate.Id && s.WarehouseId == stock.WarehouseId && s.OnHand == stock.OnHand && s.Reserved == stock.Reserved)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.OnHand, 0).SetProperty(s => s.Reserved, 0), ct);
            if (moved != 1)
            {
                return false;
            }

            var added = await db.Set<ProductStock>().Where(s => s.ProductId == survivor.Id && s.WarehouseId == stock.WarehouseId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.OnHand, s => s.OnHand + stock.OnHand).SetProperty(s => s.Reserved, s => s.Reserved + stock.Reserved), ct);
            if (added == 0)
            {
                db.Add(new ProductStock { ProductId = survivor.Id, WarehouseId = stock.WarehouseId, OnHand = stock.OnHand, Reserved = stock.Reserved });
            }

            var document = $"Merge {duplicate.Sku} into {survivor.Sku}";
            db.Add(new StockMovement
            {
                ProductId = duplicate.Id, WarehouseId = stock.WarehouseId, Type = StockMovementType.TransferOut,
                OnHandChange = -stock.OnHand, ReservedChange = -stock.Reserved, At = now, UserName = user.UserName,
                Reason = $"Merged into {survivor.Sku}", Document = document,
            });
            db.Add(new StockMovement
            {
                ProductId = survivor.Id, WarehouseId = stock.WarehouseId, Type = StockMovementType.TransferIn,
                OnHandChange = stock.OnHand, ReservedChange = stock.Reserved, At = now, UserName = user.UserName,
                Reason = $"Merged from {duplicate.Sku}", Document = document,
            });
            db.Record(user, now, nameof(ProductStock), $"{duplicate.Id}/{stock.WarehouseId}", "OnHand", stock.OnHand, 0);
        }

        // Orders keep their reservations; they now hold units of the surviving card.
        await db.Set<StockReservation>().Where(r => r.ProductId == duplicate.Id && r.Status == StockReservationStatus.Reserved)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ProductId, survivor.Id).SetProperty(r => r.UpdatedAt, now), ct);
        return true;
    }

    // The survivor keeps its own code at a supplier both carry, and its leading supplier if it has one.
    private static async Task MoveSuppliersAsync(ShopDbContext db, int survivorId, int duplicateId, CancellationToken ct)
    {
        var survivorLinks = await db.Set<SupplierProduct>().Where(s => s.ProductId == survivorId).ToListAsync(ct);
        var duplicateLinks = await db.Set<SupplierProduct>().Where(s => s.ProductId == duplicateId).ToListAsync(ct);
        var survivorHasLeading = survivorLinks.Any(s => s.IsLeading);
        foreach (var link in duplicateLinks)
        {
            if (survivorLinks.Any(s => s.SupplierId == link.SupplierId))
            {
                db.Remove(link);
            }
            else
            {
                link.IsLeading = link.IsLeading && !survivorHasLeading;
            }
        }

        // Clear the duplicate's leading flag before the rows change card, so the one-leading index never sees two.
        await db.SaveChangesAsync(ct);
        foreach (var link in duplicateLinks.Where(l => db.Entry(l).State != EntityState.Detached))
        {
            link.ProductId = survivorId;
        }

        await db.SaveChangesAsync(ct);
    }

    private static async Task MoveTagsAsync(ShopDbContext db, int survivorId, int duplicateId, CancellationToken ct)
    {
        var existing = await db.Set<ProductTag>().Where(t => t.ProductId == survivorId).Select(t => t.TagId).ToListAsync(ct);
        var tags = await db.Set<ProductTag>().Where(t => t.ProductId == duplicateId).ToListAsync(ct);
        db.RemoveRange(tags);
        db.AddRange(tags.Where(t => !existing.Contains(t.TagId)).Select(t => new ProductTag { ProductId = survivorId, TagId = t.TagId }));
        await db.SaveChangesAsync(ct);
    }

    // Links from and to the duplicate now start or end at the survivor; a link between the two would
    // point the survivor at itself and is dropped.
    private static async Task MoveLinksAsync(ShopDbContext db, int survivorId, int duplicateId, CancellationToken ct)
    {
        var links = await db.Set<ProductLink>().Where(l => l.ProductId == duplicateId || l.LinkedProductId == duplicateId).ToListAsync(ct);
        var existing = (await db.Set<ProductLink>().Where(l => l.ProductId == survivorId || l.LinkedProductId == survivorId).AsNoTracking().ToListAsync(ct))
            .Select(l => (l.ProductId, l.LinkedProductId, l.Kind)).ToHashSet();
        db.RemoveRange(links);
        foreach (var link in links)
        {
            var moved = (
                From: link.ProductId == duplicateId ? survivorId : link.ProductId,
                To: link.LinkedProductId == duplicateId ? survivorId : link.LinkedProductId,
                link.Kind);
            if (moved.From != moved.To && existing.Add(moved))
            {
                db.Add(new ProductLink { ProductId = moved.From, LinkedProductId = moved.To, Kind = moved.Kind });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    // Values the survivor lacks are copied; the duplicate keeps its own, so its archived card still reads whole.
    private static async Task CopySpecificationsAsync(ShopDbContext db, int survivorId, int duplicateId, CancellationToken ct)
    {
        var present = await db.Set<ProductSpecification>().Where(s => s.ProductId == survivorId).Select(s => s.DefinitionId).ToListAsync(ct);
        var missing = await db.Set<ProductSpecification>().AsNoTracking()
            .Where(s => s.ProductId == duplicateId && !present.Contains(s.DefinitionId)).ToListAsync(ct);
        db.AddRange(missing.Select(s => new ProductSpecification
        {
            ProductId = survivorId, DefinitionId = s.DefinitionId, NumberValue = s.NumberValue, TextValue = s.TextValue,
        }));
        await db.SaveChangesAsync(ct);
    }
}
