using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Images;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Search;

// The one query behind the site feed, its facets and the Guru product finder: published models
// (active, not merged) narrowed by a CatalogSearchFilter, every filter and count in SQL.
internal sealed class CatalogSearch(IDbContextFactory<ShopDbContext> contexts)
{
    public const int MaxPageSize = 200;

    public static IQueryable<Product> Matching(ShopDbContext db, CatalogSearchFilter filter)
    {
        var products = db.Set<Product>().AsNoTracking().Where(p => p.Status == ProductStatus.Active && p.MergedIntoId == null);
        if (filter.CategoryId is { } categoryId)
        {
            var subtree = CategorySubtree.Ids(db, categoryId);
            products = products.Where(p => subtree.Contains(p.CategoryId));
        }

        foreach (var tagId in filter.TagIds.Distinct())
        {
            products = products.Where(p => db.Set<ProductTag>().Any(t => t.ProductId == p.Id && t.TagId == tagId));
        }

        if (filter.BrandId is { } brandId)
        {
            products = products.Where(p => p.BrandId == brandId);
        }

        if (filter.MinGrossPriceMinor is { } min)
        {
            products = products.Where(p => p.GrossPriceMinor >= min);
        }

        if (filter.MaxGrossPriceMinor is { } max)
        {
            products = products.Where(p => p.GrossPriceMinor <= max);
        }

        if (filter.InStockOnly)
        {
            products = products.Where(p => p.AvailableStock > 0);
        }

        foreach (var (definitionId, values) in filter.OptionValues)
        {
            var allowed = values.ToList();
            products = products.Where(p => db.Set<ProductSpecification>()
                .Any(s => s.ProductId == p.Id && s.DefinitionId == definitionId && allowed.Contains(s.TextValue!)));
        }

        foreach (var (definitionId, range) in filter.NumberRanges)
        {
            var specs = db.Set<ProductSpecification>().Where(s => s.DefinitionId == definitionId && s.NumberValue != null);
            if (range.Min is { } low)
            {
                specs = specs.Where(s => s.NumberValue >= low);
            }

            if (range.Max is { } high)
            {
                specs = specs.Where(s => s.NumberValue <= high);
            }

            products = products.Where(p => specs.Any(s => s.ProductId == p.Id));
        }

        return products;
    }

    // Checks what the query cannot: unknown categories or specifications, a range on a text
    // specification, prices or ranges upside down. Null when the filter is fine.
    public async Task<string?> ValidateAsync(CatalogSearchFilter filter, CancellationToken ct = default)
    {
        if (filter.MinGrossPriceMinor > filter.MaxGrossPriceMinor)
        {
            return "The minimum price is above the maximum price.";
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (filter.CategoryId is { } categoryId && !await db.Set<Category>().AnyAsync(c => c.Id == categoryId, ct))
        {
            return $"There is no category {categoryId}.";
        }

        var ids = filter.OptionValues.Keys.Concat(filter.NumberRanges.Keys).Distinct().ToList();
        var kinds = await db.Set<SpecificationDefinition>().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, d.Kind }).ToDictionaryAsync(d => d.Id, ct);
        foreach (var id in ids.Where(id => !kinds.ContainsKey(id)))
        {
            return $"There is no specification {id}.";
        }

        foreach (var id in filter.OptionValues.Keys.Where(id => kinds[id].Kind == SpecificationKind.Number))
        {
            return $"Specification {id} ({kinds[id].Name}) is a number: filter it by a range such as 2.1..3.0.";
        }

        foreach (var (id, range) in filter.NumberRanges)
        {
            if (kinds[id].Kind != SpecificationKind.Number)
            {
                return $"Specification {id} ({kinds[id].Name}) is not a number: filter it by values, not by a range.";
            }

            if (range.Min > range.Max)
            {
                return $"The range of specification {id} ({kinds[id].Name}) has its minimum above its maximum.";
            }
        }

        return null;
    }

    // Without a cursor: the published models that match. With one: what changed after it, the models
    // that match in full and, flagged removed, every model archived, merged or unpublished since.
    public async Task<CatalogFeedPage> FeedAsync(CatalogSearchFilter filter, FeedCursor? after, int pageSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var live = Matching(db, filter);
        var rows = after is null
            ? live
            : db.Set<Product>().AsNoTracking().Where(p => p.Status != ProductStatus.Active || p.MergedIntoId != null || live.Any(l => l.Id == p.Id));
        if (after is not null)
        {
            var (at, id) = (after.UpdatedAt, after.Id);
            rows = rows.Where(p => p.UpdatedAt > at || (p.UpdatedAt == at && p.Id > id));
        }

        var heads = await rows.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id).Take(pageSize + 1)
            .Select(p => new
            {
                p.Id,
                p.Sku,
                p.UpdatedAt,
                Removed = p.Status != ProductStatus.Active || p.MergedIntoId != null,
                MergedIntoSku = db.Set<Product>().Where(s => s.Id == p.MergedIntoId).Select(s => s.Sku).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var hasMore = heads.Count > pageSize;
        if (hasMore)
        {
            heads.RemoveAt(heads.Count - 1);
        }

        var details = await DetailsAsync(db, heads.Where(h => !h.Removed).Select(h => h.Id).ToList(), ct);
        var items = heads.Select(h => h.Removed
                ? new CatalogFeedItem { Id = h.Id, Sku = h.Sku, UpdatedAt = h.UpdatedAt, Removed = true, MergedIntoSku = h.MergedIntoSku }
                : details[h.Id])
            .ToList();
        var next = heads.Count > 0 ? new FeedCursor(heads[^1].UpdatedAt, heads[^1].Id).Encode() : after?.Encode();
        return new CatalogFeedPage(items, next, hasMore);
    }

    public async Task<CatalogFacets> FacetsAsync(CatalogSearchFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var matching = Matching(db, filter);
        var total = await matching.CountAsync(ct);
        var prices = await matching.GroupBy(p => 1)
            .Select(g => new { Min = g.Min(p => p.GrossPriceMinor), Max = g.Max(p => p.GrossPriceMinor) })
            .SingleOrDefaultAsync(ct);

        var brands = await (
                from p in matching
                join b in db.Set<Brand>() on p.BrandId equals b.Id
                group p by new { b.Id, b.Name } into g
                select new FacetCount(g.Key.Id, g.Key.Name, g.Count()))
            .ToListAsync(ct);

        var tags = await (
                from pt in db.Set<ProductTag>()
                join p in matching on pt.ProductId equals p.Id
                join t in db.Set<Tag>() on pt.TagId equals t.Id
                group pt by new { t.Id, t.Name } into g
                select new FacetCount(g.Key.Id, g.Key.Name, g.Count()))
            .ToListAsync(ct);

        var optionRows = await (
                from s in db.Set<ProductSpecification>()
                join p in matching on s.ProductId equals p.Id
                join d in db.Set<SpecificationDefinition>() on s.DefinitionId equals d.Id
                where (d.Kind == SpecificationKind.Option || d.Kind == SpecificationKind.YesNo) && s.TextValue != null
                group s by new { d.Id, d.Name, d.SortOrder, s.TextValue } into g
                select new { g.Key.Id, g.Key.Name, g.Key.SortOrder, Value = g.Key.TextValue!, Count = g.Count() })
            .ToListAsync(ct);

        var numbers = await (
                from s in db.Set<ProductSpecification>()
                join p in matching on s.ProductId equals p.Id
                join d in db.Set<SpecificationDefinition>() on s.DefinitionId equals d.Id
                where d.Kind == SpecificationKind.Number && s.NumberValue != null
                group s by new { d.Id, d.Name, d.Unit } into g
                select new NumberFacet(g.Key.Id, g.Key.Name, g.Key.Unit, g.Min(s => s.NumberValue!.Value), g.Max(s => s.NumberValue!.Value), g.Count()))
            .ToListAsync(ct);

        // Values in the order the definition lists them (how the shop wants them shown), unlisted ones after.
        var definitionIds = optionRows.Select(r => r.Id).Distinct().ToList();
        var listed = await db.Set<SpecificationDefinition>().Where(d => definitionIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => (d.Options ?? "").Split('\n', StringSplitOptions.TrimEntries).ToList(), ct);
        var options = optionRows
            .GroupBy(r => new { r.Id, r.Name, r.SortOrder })
            .OrderBy(g => g.Key.SortOrder).ThenBy(g => g.Key.Id)
            .Select(g => new OptionFacet(g.Key.Id, g.Key.Name, g
                .OrderBy(v => listed[g.Key.Id].IndexOf(v.Value) is var at && at >= 0 ? at : int.MaxValue)
                .ThenBy(v => v.Value, StringComparer.Ordinal)
                .Select(v => new OptionValueCount(v.Value, v.Count)).ToList()))
            .ToList();

        return new CatalogFacets(
            total,
            brands.OrderByDescending(b => b.Count).ThenBy(b => b.Name, StringComparer.Ordinal).ToList(),
            tags.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal).ToList(),
            options,
            numbers.OrderBy(n => n.DefinitionId).ToList(),
            prices?.Min / 100m,
            prices?.Max / 100m);
    }

    // The full card of each published model on the page, in a handful of queries for the whole page.
    private static async Task<Dictionary<int, CatalogFeedItem>> DetailsAsync(ShopDbContext db, List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var products = await db.Set<Product>().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                Product = p,
                Brand = p.Brand!.Name,
                CategoryName = p.Category!.Name,
                CategoryPath = p.Category!.Path,
                Series = p.Series!.Name,
            })
            .ToListAsync(ct);

        var ancestorIds = products.SelectMany(p => CategorySpecifications.AncestorIds(p.CategoryPath)).Distinct().ToList();
        var categoryNames = await db.Set<Category>().Where(c => ancestorIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);

        var stocks = (await (
                from s in db.Set<ProductStock>()
                join w in db.Set<Warehouse>() on s.WarehouseId equals w.Id
                where ids.Contains(s.ProductId)
                select new { s.ProductId, w.Code, Available = s.OnHand - s.Reserved })
            .ToListAsync(ct)).ToLookup(s => s.ProductId);

        var specifications = (await (
                from s in db.Set<ProductSpecification>()
                join d in db.Set<SpecificationDefinition>() on s.DefinitionId equals d.Id
                where ids.Contains(s.ProductId)
                orderby d.SortOrder, d.Id
                select new { s.ProductId, d.Id, d.Name, d.Unit, d.Kind, s.NumberValue, s.TextValue })
            .ToListAsync(ct)).ToLookup(s => s.ProductId);

        var tags = (await (
                from pt in db.Set<ProductTag>()
                join t in db.Set<Tag>() on pt.TagId equals t.Id
                where ids.Contains(pt.ProductId)
                orderby t.Name
                select new { pt.ProductId, t.Name })
            .ToListAsync(ct)).ToLookup(t => t.ProductId, t => t.Name);

        var images = (await db.Set<ProductImage>().Where(i => ids.Contains(i.ProductId)).OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new { i.ProductId, i.Id }).ToListAsync(ct)).ToLookup(i => i.ProductId, i => ProductImageService.PublicAddressOf(i.Id));

        var links = (await (
                from l in db.Set<ProductLink>()
                join linked in db.Set<Product>() on l.LinkedProductId equals linked.Id
                where ids.Contains(l.ProductId) && linked.Status == ProductStatus.Active && linked.MergedIntoId == null
                orderby linked.Sku
                select new { l.ProductId, l.Kind, linked.Sku })
            .ToListAsync(ct)).ToLookup(l => l.ProductId);

        return products.ToDictionary(r => r.Product.Id, r =>
        {
            var p = r.Product;
            var warehouses = stocks[p.Id].OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new FeedWarehouseStock(s.Code, s.Available)).ToList();
            return new CatalogFeedItem
            {
                Id = p.Id,
                Sku = p.Sku,
                UpdatedAt = p.UpdatedAt,
                Ean = p.Ean,
                Name = p.Name,
                Brand = r.Brand,
                Category = new FeedCategory(p.CategoryId, r.CategoryName, CategorySpecifications.AncestorIds(r.CategoryPath)
                    .Select(id => categoryNames.GetValueOrDefault(id, "")).ToList()),
                Series = r.Series,
                Description = p.Description,
                VideoLinks = (p.VideoLinks ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Price = new FeedPrice(p.GrossPriceMinor / 100m, p.NetPriceMinor / 100m, p.VatRatePercent, p.Currency),
                Availability = new FeedAvailability(warehouses.Sum(w => w.Available), warehouses),
                Specifications = specifications[p.Id]
                    .Select(s => new FeedSpecification(s.Id, s.Name, s.Unit, SpecificationText(s.Kind, s.NumberValue, s.TextValue), s.NumberValue))
                    .ToList(),
                Tags = tags[p.Id].ToList(),
                Images = images[p.Id].ToList(),
                Accessories = links[p.Id].Where(l => l.Kind == ProductLinkKind.Accessory).Select(l => l.Sku).ToList(),
                Related = links[p.Id].Where(l => l.Kind == ProductLinkKind.Related).Select(l => l.Sku).ToList(),
            };
        });
    }

    private static string SpecificationText(SpecificationKind kind, double? number, string? text) =>
        kind == SpecificationKind.Number && number is { } n ? n.ToString(CultureInfo.InvariantCulture) : text ?? "";
}
