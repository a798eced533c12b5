using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Completeness;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Money;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Products;

// Creating, editing, publishing and archiving product cards. A card and everything the editor shows
// with it (specifications, tags, links, suppliers) is saved in one transaction under the card's Version:
// a save from a copy someone else has changed since it was opened is refused, never merged.
internal sealed class ProductService(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser currentUser, PermissionGuard guard)
{
    public static readonly IReadOnlyList<int> VatRates = Vat.Rates;

    public async Task<Result<Product>> CreateAsync(ProductInput card, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Edit);
        Normalize(card);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var errors = await ProductInputValidator.ValidateAsync(db, card, productId: null, ct);
        var specifications = await SpecificationParser.ParseAsync(db, card, errors, ct);
        if (errors.Count > 0)
        {
            return Result<Product>.Fail(Error.Invalid(errors));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var product = new Product { Sku = card.Sku, Name = card.Name, CreatedAt = now };
        Apply(product, card, now);
        db.Add(product);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone took the SKU between our check and our write: the unique index refused it.
            return Result<Product>.Fail(ProductInputValidator.SkuTaken(card.Sku));
        }

        db.Add(new PriceChange
        {
            ProductId = product.Id,
            At = now,
            UserName = currentUser.UserName,
            NewNetMinor = product.NetPriceMinor,
            VatRatePercent = product.VatRatePercent,
            NewPurchaseMinor = product.PurchasePriceMinor,
        });
        await ProductChildren.ReplaceAsync(db, product, card, specifications, ct);
        await ScoreAsync(db, product, card, specifications, imageCount: 0, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<Product>.Ok(product);
    }

    // expectedVersion is the Version of the card as the person opened it.
    public async Task<Result<Product>> UpdateAsync(int id, int expectedVersion, ProductInput card, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Edit);
        Normalize(card);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (product, refused) = await OpenAsync(db, id, expectedVersion, ct);
        if (refused is not null)
        {
            return Result<Product>.Fail(refused);
        }

        var errors = await ProductInputValidator.ValidateAsync(db, card, id, ct);
        var specifications = await SpecificationParser.ParseAsync(db, card, errors, ct);
        if (errors.Count > 0)
        {
            return Result<Product>.Fail(Error.Invalid(errors));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (oldNet, oldVat, oldPurchase) = (product.NetPriceMinor, product.VatRatePercent, product.PurchasePriceMinor);
        if (!await MayChangePricesAsync(product, card))
        {
            return Result<Product>.Fail(CatalogError.PricesNotAllowed);
        }

        Apply(product, card, now);
        if (oldNet != product.NetPriceMinor || oldVat != product.VatRatePercent || oldPurchase != product.PurchasePriceMinor)
        {
            db.Add(new PriceChange
            {
                ProductId = id,
                At = now,
                UserName = currentUser.UserName,
                OldNetMinor = oldNet,
                NewNetMinor = product.NetPriceMinor,
                VatRatePercent = product.VatRatePercent,
                OldPurchaseMinor = oldPurchase,
                NewPurchaseMinor = product.PurchasePriceMinor,
            });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // The leading flag moves between rows; clearing it first keeps the one-leading index satisfied
        // whatever order the updates run in.
        await db.Set<SupplierProduct>().Where(s => s.ProductId == id && s.IsLeading).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsLeading, false), ct);
        await ProductChildren.ReplaceAsync(db, product, card, specifications, ct);
        var images = await db.Set<ProductImage>().CountAsync(i => i.ProductId == id, ct);
        await ScoreAsync(db, product, card, specifications, images, ct);
        return await SaveVersionedAsync(db, product, expectedVersion, transaction, ct);
    }

    // The card as the person opened it, or why it cannot be changed: gone, or saved by someone else since.
    private static async Task<(Product Product, Error? Refused)> OpenAsync(ShopDbContext db, int id, int expectedVersion, CancellationToken ct)
    {
        var product = await db.Set<Product>().SingleOrDefaultAsync(p => p.Id == id, ct);
        return product is null ? (null!, CatalogError.NotFound)
            : product.Version != expectedVersion ? (product, CatalogError.Conflict)
            : (product, null);
    }

    // The editor shows prices read-only without the Prices permission; this holds the same rule for any
    // other caller. Imports are checked per column when the person starts them (CatalogImportService).
    private async Task<bool> MayChangePricesAsync(Product product, ProductInput card)
    {
        var changes = product.NetPriceMinor != card.NetPriceMinor || product.VatRatePercent != card.VatRatePercent
            || product.PurchasePriceMinor != card.PurchasePriceMinor;
        return !changes || await guard.HasAsync(CatalogPermissions.Prices);
    }

    // Draft (or archived) -> Active. An incomplete card needs the PublishIncomplete permission, and is
    // then marked as published incomplete so the queue still shows what it lacks.
    public async Task<Result<Product>> PublishAsync(int id, int expectedVersion, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Publish);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (product, refused) = await OpenAsync(db, id, expectedVersion, ct);
        if (refused is not null)
        {
            return Result<Product>.Fail(refused);
        }

        var incomplete = product.Completeness < 100;
        if (incomplete && !await guard.HasAsync(CatalogPermissions.PublishIncomplete))
        {
            return Result<Product>.Fail(new Error(
                "incomplete",
                $"This card is {product.Completeness}% complete, so it cannot be published yet. Missing: {product.MissingParts}. Only the Owner can publish an incomplete card."));
        }

        product.Status = ProductStatus.Active;
        product.PublishedIncomplete = incomplete;
        product.UpdatedAt = time.GetUtcNow().UtcDateTime;
        return await SaveVersionedAsync(db, product, expectedVersion, transaction: null, ct);
    }

    public async Task<Result<Product>> ArchiveAsync(int id, int expectedVersion, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Publish);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (product, refused) = await OpenAsync(db, id, expectedVersion, ct);
        if (refused is not null)
        {
            return Result<Product>.Fail(refused);
        }

        product.Status = ProductStatus.Archived;
        product.UpdatedAt = time.GetUtcNow().UtcDateTime;
        return await SaveVersionedAsync(db, product, expectedVersion, transaction: null, ct);
    }

    // A new card filled from the supplier's last price list line with this code, with the supplier link
    // prepared as the leading one. Null when the supplier's price list has no such code.
    public async Task<ProductInput?> FromPriceListAsync(int supplierId, string supplierCode, CancellationToken ct = default)
    {
        var code = supplierCode.Trim();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var line = await db.Set<PriceListLine>().AsNoTracking()
            .Where(l => l.SupplierId == supplierId && l.SupplierCode == code)
            .OrderByDescending(l => l.ImportedAt).ThenByDescending(l => l.Id)
            .FirstOrDefaultAsync(ct);
        if (line is null)
        {
            return null;
        }

        int? brandId = null;
        if (!string.IsNullOrWhiteSpace(line.BrandName))
        {
            var brandName = line.BrandName.Trim().ToLower();
            brandId = await db.Set<Brand>().Where(b => b.Name.ToLower() == brandName).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
        }

        return new ProductInput
        {
            Name = line.Name,
            Ean = line.Ean,
            BrandId = brandId,
            Description = line.Description,
            PurchasePriceMinor = line.PurchasePriceMinor,
            NetPriceMinor = line.SuggestedNetPriceMinor ?? 0,
            WeightGrams = line.WeightGrams,
            Suppliers = [new SupplierLinkInput(supplierId, line.SupplierCode, line.PurchasePriceMinor, IsLeading: true)],
        };
    }

    public static long GrossOf(long netMinor, int vatRatePercent, string currency) =>
        Vat.GrossOf(new Money(netMinor, currency), vatRatePercent).MinorUnits;

    private async Task<Result<Product>> SaveVersionedAsync(
        ShopDbContext db, Product product, int expectedVersion, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction, CancellationToken ct)
    {
        // The UPDATE carries "WHERE Version = expected": a save that lost the race changes no row and fails.
        db.Entry(product).Property(p => p.Version).OriginalValue = expectedVersion;
        product.Version = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }

            return Result<Product>.Ok(product);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Product>.Fail(CatalogError.Conflict);
        }
        catch (DbUpdateException)
        {
            return Result<Product>.Fail(ProductInputValidator.SkuTaken(product.Sku));
        }
    }

    private static void Normalize(ProductInput card)
    {
        card.Sku = card.Sku.Trim();
        card.Name = card.Name.Trim();
        card.Ean = string.IsNullOrWhiteSpace(card.Ean) ? null : card.Ean.Trim();
        card.Description = string.IsNullOrWhiteSpace(card.Description) ? null : card.Description.Trim();
        card.VideoLinks = string.IsNullOrWhiteSpace(card.VideoLinks)
            ? null
            : string.Join('\n', card.VideoLinks.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        card.Currency = card.Currency.Trim().ToUpperInvariant();
        card.Suppliers = card.Suppliers.Select(s => s with { SupplierCode = s.SupplierCode.Trim() }).ToList();
    }

    private void Apply(Product product, ProductInput card, DateTime now)
    {
        product.Sku = card.Sku;
        product.Ean = card.Ean;
        product.Name = card.Name;
        product.NormalizedName = ProductNames.Normalize(card.Name);
        product.BrandId = card.BrandId;
        product.CategoryId = card.CategoryId;
        product.SeriesId = card.SeriesId;
        product.Description = card.Description;
        product.VideoLinks = card.VideoLinks;
        product.NetPriceMinor = card.NetPriceMinor;
        product.VatRatePercent = card.VatRatePercent;
        product.GrossPriceMinor = GrossOf(card.NetPriceMinor, card.VatRatePercent, card.Currency);
        product.PurchasePriceMinor = card.PurchasePriceMinor;
        product.Currency = card.Currency;
        product.WeightGrams = card.WeightGrams;
        product.MinimumStock = card.MinimumStock;
        product.UpdatedAt = now;
    }

    private static async Task ScoreAsync(
        ShopDbContext db, Product product, ProductInput card, Dictionary<int, ProductSpecification> specifications, int imageCount, CancellationToken ct)
    {
        var rule = await CompletenessService.RuleForAsync(db, product.CategoryId, ct);
        var definitions = await CategorySpecifications.ForCategoryAsync(db, product.CategoryId, ct);
        var score = CompletenessService.Evaluate(rule, new CompletenessFacts(
            product.Description is not null,
            imageCount,
            definitions.Count(d => d.IsRequired),
            CompletenessService.MissingSpecifications(definitions, specifications.Keys),
            product.NetPriceMinor > 0,
            card.Suppliers.Count > 0));
        product.Completeness = score.Percent;
        product.MissingParts = score.MissingParts;
    }
}
