using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Completeness;
using ShopCrm.Catalog.Services.Suppliers;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;
using ShopCrm.Core.Imports;
using ShopCrm.Core.Money;

namespace ShopCrm.Catalog.Services;

// The catalog's part of an import: models or a supplier's price list, checked row by row against the
// column map, and written a chunk at a time in one transaction so that memory stays flat however long
// the file is.
public sealed class CatalogImportSteps(
    IDbContextFactory<ShopDbContext> contexts,
    DataFolder dataFolder,
    TimeProvider clock) : IImportSteps<CatalogImport>
{
    private const int ChunkSize = 500;

    public Expression<Func<CatalogImport, bool>> Running => i => i.Status == ImportStatus.Running;

    public async Task<ImportCheck> CheckAsync(CatalogImport import, Action<ImportProgress> report, CancellationToken ct)
    {
        var map = CatalogImportService.MapOf(import);
        var mapProblems = CatalogImportService.MapProblems(import.Kind, map, int.MaxValue);
        if (mapProblems.Count > 0)
        {
            return new ImportCheck(0, 1, mapProblems.Select(p => new ImportProblem(1, p)).ToList());
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var checker = await ImportRowChecker.CreateAsync(db, import, map, ct);
        var listed = new List<ImportProblem>();
        int rows = 0, bad = 0;
        foreach (var chunk in CsvFile.DataRecords(ImportFile.PathOf(dataFolder, import)).Chunk(ChunkSize * 4))
        {
            var problems = await checker.CheckAsync(db, chunk, ct);
            bad += problems.Count;
            listed.AddRange(problems.OrderBy(p => p.Key).Take(ImportReport.MaxListed - listed.Count).Select(p => new ImportProblem(p.Key, string.Join("; ", p.Value))));
            rows += chunk.Length;
            report(new ImportProgress(false, rows, import.TotalRows));
        }

        return new ImportCheck(rows, bad, listed);
    }

    public void Reject(CatalogImport import, ImportCheck check)
    {
        import.Status = ImportStatus.Rejected;
        import.ErrorCount = check.BadRows;
        import.Errors = JsonSerializer.Serialize(new ImportReport { Problems = check.Problems, BadRows = check.BadRows });
    }

    public async Task WriteAsync(ShopDbContext db, CatalogImport import, Action<ImportProgress> report, CancellationToken ct)
    {
        var map = CatalogImportService.MapOf(import);
        var written = import.Kind == ImportKind.Models
            ? await WriteModelsAsync(import, map, report, ct)
            : await WritePriceListAsync(import, map, report, ct);
        if (import.Kind == ImportKind.Models)
        {
            // Derived from what was written, so outside the import's transaction.
            var ids = await db.Set<Product>().Where(p => p.UpdatedAt == written.WrittenAt).Select(p => p.Id).ToListAsync(ct);
            foreach (var id in ids)
            {
                await CompletenessService.RecomputeAsync(db, id, ct);
            }
        }

        import.Status = ImportStatus.Done;
        import.ProcessedRows = import.TotalRows;
        import.Errors = JsonSerializer.Serialize(written);
    }

    public void Fail(CatalogImport import, string reason)
    {
        import.Status = ImportStatus.Failed;
        import.Errors = JsonSerializer.Serialize(new ImportReport { Failure = reason });
    }

    private async Task<ImportReport> WriteModelsAsync(CatalogImport import, Dictionary<string, int> map, Action<ImportProgress> report, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var checker = await ImportRowChecker.CreateAsync(db, import, map, ct);
        var ticks = clock.GetUtcNow().UtcTicks;
        var now = new DateTime(ticks - (ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        int created = 0, updated = 0, done = 0;
        foreach (var chunk in CsvFile.DataRecords(ImportFile.PathOf(dataFolder, import)).Chunk(ChunkSize))
        {
            var problems = await checker.CheckAsync(db, chunk, ct);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Line {problems.Keys.First()} became invalid between the check and the write: {string.Join("; ", problems.First().Value)}");
            }

            var skus = checker.Models.Select(m => m.Sku).ToList();
            var existing = await db.Set<Product>().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, StringComparer.Ordinal, ct);
            var priceChanges = new List<(Product Product, long? OldNet, long? OldPurchase)>();
            foreach (var row in checker.Models)
            {
                var isNew = !existing.TryGetValue(row.Sku, out var product);
                if (isNew)
                {
                    product = new Product { Sku = row.Sku, Name = row.Name!, CategoryId = row.CategoryId!.Value, CreatedAt = now, UpdatedAt = now };
                    db.Add(product);
                }

                var (oldNet, oldVat, oldPurchase) = (product!.NetPriceMinor, product.VatRatePercent, product.PurchasePriceMinor);
                var changed = Apply(db, product, row, isNew, now);
                (created, updated) = isNew ? (created + 1, updated) : changed ? (created, updated + 1) : (created, updated);
                if (isNew || oldNet != product.NetPriceMinor || oldVat != product.VatRatePercent || oldPurchase != product.PurchasePriceMinor)
                {
                    priceChanges.Add((product, isNew ? null : oldNet, isNew ? null : oldPurchase));
                }
            }

            // New cards get their ids from this save; their first price row is written after it.
            await db.SaveChangesAsync(ct);
            db.AddRange(priceChanges.Select(c => new PriceChange
            {
                ProductId = c.Product.Id,
                At = now,
                UserName = import.CreatedBy,
                OldNetMinor = c.OldNet,
                NewNetMinor = c.Product.NetPriceMinor,
                VatRatePercent = c.Product.VatRatePercent,
                OldPurchaseMinor = c.OldPurchase,
                NewPurchaseMinor = c.Product.PurchasePriceMinor,
            }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            report(new ImportProgress(true, done, import.TotalRows));
        }

        await transaction.CommitAsync(ct);
        return new ImportReport { Created = created, Updated = updated, WrittenAt = now };
    }

    // Fills the card from the row; false when an existing card ends up exactly as it was.
    private static bool Apply(ShopDbContext db, Product product, ModelImportRow row, bool isNew, DateTime now)
    {
        var entry = isNew ? null : db.Entry(product);
        if (row.Name is { } name)
        {
            product.Name = name;
        }

        product.NormalizedName = ProductNames.Normalize(product.Name);
        product.Ean = row.Ean ?? product.Ean;
        product.BrandId = row.BrandId ?? product.BrandId;
        product.CategoryId = row.CategoryId ?? product.CategoryId;
        product.Description = row.Description ?? product.Description;
        product.WeightGrams = row.WeightGrams ?? product.WeightGrams;
        product.MinimumStock = row.MinimumStock ?? product.MinimumStock;
        product.Status = row.Status ?? product.Status;
        product.VatRatePercent = row.VatRate ?? product.VatRatePercent;
        product.NetPriceMinor = row.NetMinor ?? product.NetPriceMinor;
        var derivedGross = Vat.GrossOf(new Money(product.NetPriceMinor, product.Currency), product.VatRatePercent).MinorUnits;
        product.GrossPriceMinor = row.GrossMinor is { } gross && Vat.NetOf(new Money(gross, product.Currency), product.VatRatePercent).MinorUnits == product.NetPriceMinor
            ? gross
            : derivedGross;
        product.PurchasePriceMinor = row.PurchaseMinor ?? product.PurchasePriceMinor;

        if (isNew)
        {
            return true;
        }

        entry!.DetectChanges();
        if (entry.State != EntityState.Modified)
        {
            return false;
        }

        product.UpdatedAt = now;
        product.Version++;
        return true;
    }

    private async Task<ImportReport> WritePriceListAsync(CatalogImport import, Dictionary<string, int> map, Action<ImportProgress> report, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var supplierId = import.SupplierId!.Value;
        var checker = await ImportRowChecker.CreateAsync(db, import, map, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<PriceListLine>().Where(l => l.SupplierId == supplierId).ExecuteDeleteAsync(ct);
        int lines = 0, purchasePrices = 0, done = 0;
        foreach (var chunk in CsvFile.DataRecords(ImportFile.PathOf(dataFolder, import)).Chunk(ChunkSize))
        {
            var problems = await checker.CheckAsync(db, chunk, ct);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Line {problems.Keys.First()} became invalid between the check and the write");
            }

            foreach (var row in checker.Lines)
            {
                db.Add(new PriceListLine
                {
                    SupplierId = supplierId,
                    SupplierCode = row.SupplierCode,
                    Name = row.Name,
                    Ean = row.Ean,
                    BrandName = row.BrandName,
                    PurchasePriceMinor = row.PurchaseMinor,
                    SuggestedNetPriceMinor = row.SuggestedNetMinor,
                    WeightGrams = row.WeightGrams,
                    Description = row.Description,
                    ImportedAt = now,
                });
                lines++;
            }

            purchasePrices += await UpdatePurchasePricesAsync(db, supplierId, checker.Lines, now, import.CreatedBy, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            report(new ImportProgress(true, done, import.TotalRows));
        }

        await transaction.CommitAsync(ct);
        return new ImportReport { Created = lines, PurchasePricesUpdated = purchasePrices };
    }

    // The supplier's price for the models it sells under these codes, and the card's purchase price
    // where this supplier is the leading one (with a price history row).
    private static async Task<int> UpdatePurchasePricesAsync(
        ShopDbContext db, int supplierId, IReadOnlyList<PriceListImportRow> rows, DateTime now, string userName, CancellationToken ct)
    {
        var prices = rows.ToDictionary(r => r.SupplierCode, r => r.PurchaseMinor, StringComparer.Ordinal);
        var codes = prices.Keys.ToList();
        var offers = await db.Set<SupplierProduct>().Where(sp => sp.SupplierId == supplierId && codes.Contains(sp.SupplierCode)).ToListAsync(ct);
        var changed = offers.Where(o => o.PurchasePriceMinor != prices[o.SupplierCode]).ToList();
        foreach (var offer in changed)
        {
            offer.PurchasePriceMinor = prices[offer.SupplierCode];
        }

        var leading = changed.Where(o => o.IsLeading).ToDictionary(o => o.ProductId);
        var productIds = leading.Keys.ToList();
        var products = await db.Set<Product>().Where(p => productIds.Contains(p.Id)).ToListAsync(ct);
        foreach (var product in products)
        {
            LeadingSupplierPrice.CopyToCard(db, product, leading[product.Id].PurchasePriceMinor, now, userName);
        }

        return changed.Count;
    }
}
