using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Money;
using ShopCrm.Core.Security;

namespace ShopCrm.Catalog.Services;

// Creating, editing, publishing and archiving product cards. A card and everything the editor shows
// with it (specifications, tags, links, suppliers) is saved in one transaction under the card's Version:
// a save from a copy someone else has changed since it was opened is refused, never merged.
public sealed class ProductService(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser currentUser, PermissionGuard guard)
{
    public static readonly IReadOnlyList<int> VatRates = Vat.Rates;

    public async Task<CatalogResult<Product>> CreateAsync(ProductCard card, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Edit);
        Normalize(card);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var errors = await ValidateAsync(db, card, productId: null, ct);
        var specifications = await ParseSpecificationsAsync(db, card, errors, ct);
        if (errors.Count > 0)
        {
            return CatalogResult<Product>.Fail(errors);
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
            return CatalogResult<Product>.Fail(SkuTaken(card.Sku));
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
        await ReplaceChildrenAsync(db, product, card, specifications, ct);
        await ScoreAsync(db, product, card, specifications, imageCount: 0, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CatalogResult<Product>.Ok(product);
    }

    // expectedVersion is the Version of the card as the person opened it.
    public async Task<CatalogResult<Product>> UpdateAsync(int id, int expectedVersion, ProductCard card, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Edit);
        Normalize(card);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (product, refused) = await OpenAsync(db, id, expectedVersion, ct);
        if (refused is not null)
        {
            return CatalogResult<Product>.Fail(refused);
        }

        var errors = await ValidateAsync(db, card, id, ct);
        var specifications = await ParseSpecificationsAsync(db, card, errors, ct);
        if (errors.Count > 0)
        {
            return CatalogResult<Product>.Fail(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (oldNet, oldVat, oldPurchase) = (product.NetPriceMinor, product.VatRatePercent, product.PurchasePriceMinor);
        if (!await MayChangePricesAsync(product, card))
        {
            return CatalogResult<Product>.Fail(CatalogError.PricesNotAllowed);
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
        await ReplaceChildrenAsync(db, product, card, specifications, ct);
        var images = await db.Set<ProductImage>().CountAsync(i => i.ProductId == id, ct);
        await ScoreAsync(db, product, card, specifications, images, ct);
        return await SaveVersionedAsync(db, product, expectedVersion, transaction, ct);
    }

    // Draft (or archived) -> Active. An incomplete card needs the PublishIncomplete permission, and is
    // then marked as published incomplete so the queue still shows what it lacks.
    // The card as the person opened it, or why it cannot be changed: gone, or saved by someone else since.
    private static async Task<(Product Product, CatalogError? Refused)> OpenAsync(ShopDbContext db, int id, int expectedVersion, CancellationToken ct)
    {
        var product = await db.Set<Product>().SingleOrDefaultAsync(p => p.Id == id, ct);
        return product is null ? (null!, CatalogError.NotFound)
            : product.Version != expectedVersion ? (product, CatalogError.Conflict)
            : (product, null);
    }

    // The editor shows prices read-only without the Prices permission; this holds the same rule for any
    // other caller. Imports are checked per column when the person starts them (CatalogImportService).
    private async Task<bool> MayChangePricesAsync(Product product, ProductCard card)
    {
        var changes = product.NetPriceMinor != card.NetPriceMinor || product.VatRatePercent != card.VatRatePercent
            || product.PurchasePriceMinor != card.PurchasePriceMinor;
        return !changes || await guard.HasAsync(CatalogPermissions.Prices);
    }

    public async Task<CatalogResult<Product>> PublishAsync(int id, int expectedVersion, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Publish);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (product, refused) = await OpenAsync(db, id, expectedVersion, ct);
        if (refused is not null)
        {
            return CatalogResult<Product>.Fail(refused);
        }

        var incomplete = product.Completeness < 100;
        if (incomplete && !await guard.HasAsync(CatalogPermissions.PublishIncomplete))
        {
            return CatalogResult<Product>.Fail(new CatalogError(
                "incomplete",
                $"This card is {product.Completeness}% complete, so it cannot be published yet. Missing: {product.MissingParts}. Only the Owner can publish an incomplete card."));
        }

        product.Status = ProductStatus.Active;
        product.PublishedIncomplete = incomplete;
        product.UpdatedAt = time.GetUtcNow().UtcDateTime;
        return await SaveVersionedAsync(db, product, expectedVersion, transaction: null, ct);
    }

    public async Task<CatalogResult<Product>> ArchiveAsync(int id, int expectedVersion, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Publish);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (product, refused) = await OpenAsync(db, id, expectedVersion, ct);
        if (refused is not null)
        {
            return CatalogResult<Product>.Fail(refused);
        }

        product.Status = ProductStatus.Archived;
        product.UpdatedAt = time.GetUtcNow().UtcDateTime;
        return await SaveVersionedAsync(db, product, expectedVersion, transaction: null, ct);
    }

    // A new card filled from the supplier's last price list line with this code, with the supplier link
    // prepared as the leading one. Null when the supplier's price list has no such code.
    public async Task<ProductCard?> FromPriceListAsync(int supplierId, string supplierCode, CancellationToken ct = default)
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

        return new ProductCard
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

    // GTIN-8, UPC-A (12), EAN-13 and GTIN-14: the last digit is the weighted sum check digit.
    public static bool IsValidEan(string ean)
    {
        if (ean.Length is not (8 or 12 or 13 or 14) || !ean.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = ean.Length - 2; i >= 0; i--)
        {
            var weight = (ean.Length - 2 - i) % 2 == 0 ? 3 : 1;
            sum += (ean[i] - '0') * weight;
        }

        return (10 - (sum % 10)) % 10 == ean[^1] - '0';
    }

    private async Task<CatalogResult<Product>> SaveVersionedAsync(
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

            return CatalogResult<Product>.Ok(product);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CatalogResult<Product>.Fail(CatalogError.Conflict);
        }
        catch (DbUpdateException)
        {
            return CatalogResult<Product>.Fail(SkuTaken(product.Sku));
        }
    }

    private static void Normalize(ProductCard card)
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

    private void Apply(Product product, ProductCard card, DateTime now)
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

    private static async Task<List<CatalogError>> ValidateAsync(ShopDbContext db, ProductCard card, int? productId, CancellationToken ct)
    {
        var errors = new List<CatalogError>();
        if (card.Name.Length == 0)
        {
            errors.Add(CatalogError.Invalid(nameof(card.Name), "Give the model a name."));
        }
        else if (card.Name.Length > 300)
        {
            errors.Add(CatalogError.Invalid(nameof(card.Name), "The name can have at most 300 characters."));
        }

        if (card.Sku.Length == 0)
        {
            errors.Add(CatalogError.Invalid(nameof(card.Sku), "Give the model a SKU (the shop's own code)."));
        }
        else if (card.Sku.Length > 64)
        {
            errors.Add(CatalogError.Invalid(nameof(card.Sku), "The SKU can have at most 64 characters."));
        }
        else if (await db.Set<Product>().AnyAsync(p => p.Sku == card.Sku && p.Id != productId, ct))
        {
            errors.Add(SkuTaken(card.Sku));
        }

        if (card.Ean is { } ean && !IsValidEan(ean))
        {
            errors.Add(CatalogError.Invalid(nameof(card.Ean), "This is not a valid EAN: it has 8, 12, 13 or 14 digits and the last one must match the check digit. Check it for typos or leave it empty."));
        }

        if (card.CategoryId == 0 || !await db.Set<Category>().AnyAsync(c => c.Id == card.CategoryId, ct))
        {
            errors.Add(CatalogError.Invalid(nameof(card.CategoryId), "Choose the category the model belongs to."));
        }

        if (card.NetPriceMinor < 0)
        {
            errors.Add(CatalogError.Invalid(nameof(card.NetPriceMinor), "The net price cannot be negative."));
        }

        if (card.PurchasePriceMinor < 0)
        {
            errors.Add(CatalogError.Invalid(nameof(card.PurchasePriceMinor), "The purchase price cannot be negative."));
        }

        if (!VatRates.Contains(card.VatRatePercent))
        {
            errors.Add(CatalogError.Invalid(nameof(card.VatRatePercent), "Choose one of the Polish VAT rates: 23%, 8%, 5% or 0%."));
        }

        if (card.WeightGrams < 0)
        {
            errors.Add(CatalogError.Invalid(nameof(card.WeightGrams), "The weight cannot be negative."));
        }

        if (card.MinimumStock < 0)
        {
            errors.Add(CatalogError.Invalid(nameof(card.MinimumStock), "The minimum stock cannot be negative."));
        }

        if (card.Description?.Length > 20_000)
        {
            errors.Add(CatalogError.Invalid(nameof(card.Description), "The description can have at most 20,000 characters."));
        }

        if (card.VideoLinks is { } videos && videos.Split('\n').Any(v => !Uri.TryCreate(v, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add(CatalogError.Invalid(nameof(card.VideoLinks), "Put one web address (https://...) per line."));
        }

        ValidateSuppliers(card, errors);
        if (card.Links.Any(l => l.LinkedProductId == productId))
        {
            errors.Add(CatalogError.Invalid(nameof(card.Links), "A model cannot be linked to itself."));
        }

        foreach (var supplier in card.Suppliers.Where(s => s.SupplierCode.Length > 0))
        {
            var other = await db.Set<SupplierProduct>()
                .Where(s => s.SupplierId == supplier.SupplierId && s.SupplierCode == supplier.SupplierCode && s.ProductId != productId)
                .Select(s => db.Set<Product>().Where(p => p.Id == s.ProductId).Select(p => p.Sku).FirstOrDefault())
                .FirstOrDefaultAsync(ct);
            if (other is not null)
            {
                errors.Add(CatalogError.Invalid(nameof(card.Suppliers), $"This supplier's code {supplier.SupplierCode} already belongs to the model {other}."));
            }
        }

        return errors;
    }

    private static void ValidateSuppliers(ProductCard card, List<CatalogError> errors)
    {
        const string field = nameof(card.Suppliers);
        if (card.Suppliers.Count == 0)
        {
            return;
        }

        if (card.Suppliers.Any(s => s.SupplierCode.Length == 0))
        {
            errors.Add(CatalogError.Invalid(field, "Enter the supplier's code for every supplier."));
        }

        if (card.Suppliers.Any(s => s.SupplierCode.Length > 64))
        {
            errors.Add(CatalogError.Invalid(field, "A supplier's code can have at most 64 characters."));
        }

        if (card.Suppliers.Any(s => s.PurchasePriceMinor < 0))
        {
            errors.Add(CatalogError.Invalid(field, "A purchase price cannot be negative."));
        }

        if (card.Suppliers.GroupBy(s => s.SupplierId).Any(g => g.Count() > 1))
        {
            errors.Add(CatalogError.Invalid(field, "Each supplier can be listed once."));
        }

        if (card.Suppliers.Count(s => s.IsLeading) != 1)
        {
            errors.Add(CatalogError.Invalid(field, "Mark exactly one supplier as the leading one (the one restock orders go to)."));
        }
    }

    private static async Task<Dictionary<int, ProductSpecification>> ParseSpecificationsAsync(
        ShopDbContext db, ProductCard card, List<CatalogError> errors, CancellationToken ct)
    {
        var parsed = new Dictionary<int, ProductSpecification>();
        if (card.CategoryId == 0 || !await db.Set<Category>().AnyAsync(c => c.Id == card.CategoryId, ct))
        {
            return parsed;
        }

        var definitions = (await CategorySpecifications.ForCategoryAsync(db, card.CategoryId, ct)).ToDictionary(d => d.Id);
        foreach (var (definitionId, raw) in card.Specifications)
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (!definitions.TryGetValue(definitionId, out var definition))
            {
                // A value of a specification the new category does not have is dropped with the category change.
                continue;
            }

            var field = SpecificationField(definitionId);
            var specification = new ProductSpecification { DefinitionId = definitionId };
            switch (definition.Kind)
            {
                case SpecificationKind.Number:
                    if (!double.TryParse(value.Replace(',', '.').Replace(" ", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                        || double.IsNaN(number) || double.IsInfinity(number))
                    {
                        errors.Add(CatalogError.Invalid(field, $"{definition.Name} is a number{UnitText(definition)}, for example 2.7."));
                        continue;
                    }

                    specification.NumberValue = number;
                    break;
                case SpecificationKind.Option:
                    var options = OptionsOf(definition);
                    var match = options.FirstOrDefault(o => string.Equals(o, value, StringComparison.CurrentCultureIgnoreCase));
                    if (match is null)
                    {
                        errors.Add(CatalogError.Invalid(field, $"Choose {definition.Name} from the list: {string.Join(", ", options)}."));
                        continue;
                    }

                    specification.TextValue = match;
                    break;
                case SpecificationKind.YesNo:
                    var yesNo = value.ToLowerInvariant() switch
                    {
                        "yes" or "tak" or "true" => "yes",
                        "no" or "nie" or "false" => "no",
                        _ => null,
                    };
                    if (yesNo is null)
                    {
                        errors.Add(CatalogError.Invalid(field, $"{definition.Name} is yes or no."));
                        continue;
                    }

                    specification.TextValue = yesNo;
                    break;
                default:
                    if (value.Length > 200)
                    {
                        errors.Add(CatalogError.Invalid(field, $"{definition.Name} can have at most 200 characters."));
                        continue;
                    }

                    specification.TextValue = value;
                    break;
            }

            parsed[definitionId] = specification;
        }

        return parsed;
    }

    public static string SpecificationField(int definitionId) => $"spec-{definitionId}";

    public static IReadOnlyList<string> OptionsOf(SpecificationDefinition definition) =>
        (definition.Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string UnitText(SpecificationDefinition definition) => definition.Unit is { Length: > 0 } unit ? $" in {unit}" : "";

    private static CatalogError SkuTaken(string sku) => CatalogError.Invalid(nameof(ProductCard.Sku), $"Another model already has the SKU {sku}. SKUs must be unique.");

    // Specifications, tags, links and supplier links: rows that stay are updated, others added or removed,
    // so no key is deleted and inserted again in one save.
    private static async Task ReplaceChildrenAsync(
        ShopDbContext db, Product product, ProductCard card, Dictionary<int, ProductSpecification> specifications, CancellationToken ct)
    {
        var id = product.Id;
        var existingSpecs = await db.Set<ProductSpecification>().Where(s => s.ProductId == id).ToListAsync(ct);
        foreach (var existing in existingSpecs)
        {
            if (specifications.TryGetValue(existing.DefinitionId, out var value))
            {
                existing.NumberValue = value.NumberValue;
                existing.TextValue = value.TextValue;
            }
            else
            {
                db.Remove(existing);
            }
        }

        var kept = existingSpecs.Select(s => s.DefinitionId).ToHashSet();
        foreach (var value in specifications.Values.Where(v => !kept.Contains(v.DefinitionId)))
        {
            db.Add(new ProductSpecification { ProductId = id, DefinitionId = value.DefinitionId, NumberValue = value.NumberValue, TextValue = value.TextValue });
        }

        var wantedTags = card.TagIds.ToHashSet();
        var existingTags = await db.Set<ProductTag>().Where(t => t.ProductId == id).ToListAsync(ct);
        db.RemoveRange(existingTags.Where(t => !wantedTags.Contains(t.TagId)));
        foreach (var tagId in wantedTags.Except(existingTags.Select(t => t.TagId)))
        {
            db.Add(new ProductTag { ProductId = id, TagId = tagId });
        }

        var wantedLinks = card.Links.Select(l => (l.LinkedProductId, l.Kind)).ToHashSet();
        var existingLinks = await db.Set<ProductLink>().Where(l => l.ProductId == id).ToListAsync(ct);
        db.RemoveRange(existingLinks.Where(l => !wantedLinks.Contains((l.LinkedProductId, l.Kind))));
        foreach (var (linkedId, kind) in wantedLinks.Except(existingLinks.Select(l => (l.LinkedProductId, l.Kind))))
        {
            db.Add(new ProductLink { ProductId = id, LinkedProductId = linkedId, Kind = kind });
        }

        var existingSuppliers = await db.Set<SupplierProduct>().Where(s => s.ProductId == id).ToListAsync(ct);
        foreach (var existing in existingSuppliers)
        {
            var wanted = card.Suppliers.FirstOrDefault(s => s.SupplierId == existing.SupplierId);
            if (wanted is null)
            {
                db.Remove(existing);
                continue;
            }

            existing.SupplierCode = wanted.SupplierCode;
            existing.PurchasePriceMinor = wanted.PurchasePriceMinor;
            existing.IsLeading = wanted.IsLeading;
        }

        foreach (var wanted in card.Suppliers.Where(s => existingSuppliers.All(e => e.SupplierId != s.SupplierId)))
        {
            db.Add(new SupplierProduct
            {
                ProductId = id,
                SupplierId = wanted.SupplierId,
                SupplierCode = wanted.SupplierCode,
                PurchasePriceMinor = wanted.PurchasePriceMinor,
                IsLeading = wanted.IsLeading,
            });
        }
    }

    private static async Task ScoreAsync(
        ShopDbContext db, Product product, ProductCard card, Dictionary<int, ProductSpecification> specifications, int imageCount, CancellationToken ct)
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
