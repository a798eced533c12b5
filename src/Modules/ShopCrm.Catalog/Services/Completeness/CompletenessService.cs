using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Completeness;

// A card's completeness under its category's rule: the category's own rule or the nearest ancestor's,
// or the default that asks for everything. Each required part counts the same; the score is 100 only
// when nothing is missing.
internal sealed class CompletenessService(IDbContextFactory<ShopDbContext> contexts)
{
    private const int BatchSize = 500;

    public static CompletenessScore Evaluate(CompletenessRule rule, CompletenessFacts facts)
    {
        var missing = new List<string>();
        var required = 0;
        if (rule.RequireDescription)
        {
            required++;
            if (!facts.HasDescription)
            {
                missing.Add("description");
            }
        }

        if (rule.MinimumImages > 0)
        {
            required++;
            if (facts.ImageCount < rule.MinimumImages)
            {
                var lacking = rule.MinimumImages - facts.ImageCount;
                missing.Add(lacking == 1 ? "1 image" : $"{lacking} images");
            }
        }

        if (rule.RequireSpecifications)
        {
            // Each required specification counts as a part, so filling some of them shows progress.
            required += facts.RequiredSpecifications;
            missing.AddRange(facts.MissingRequiredSpecifications.Select(name => "specification " + name));
        }

        if (rule.RequirePrice)
        {
            required++;
            if (!facts.HasPrice)
            {
                missing.Add("price");
            }
        }

        if (rule.RequireSupplier)
        {
            required++;
            if (!facts.HasSupplier)
            {
                missing.Add("supplier");
            }
        }

        if (missing.Count == 0)
        {
            return new CompletenessScore(100, null);
        }

        var percent = (int)Math.Floor(100.0 * (required - missing.Count) / required);
        return new CompletenessScore(Math.Min(percent, 99), string.Join("; ", missing));
    }

    public static async Task<CompletenessRule> RuleForAsync(ShopDbContext db, int categoryId, CancellationToken ct = default) =>
        await NearestRuleAsync(db, categoryId, ct) ?? new CompletenessRule { CategoryId = categoryId };

    // The category's own rule or the nearest ancestor's; null when the default applies.
    public static async Task<CompletenessRule?> NearestRuleAsync(ShopDbContext db, int categoryId, CancellationToken ct = default)
    {
        var path = await db.Set<Category>().Where(c => c.Id == categoryId).Select(c => c.Path).SingleAsync(ct);
        var lineage = CategorySpecifications.AncestorIds(path);
        var rules = await db.Set<CompletenessRule>().AsNoTracking().Where(r => lineage.Contains(r.CategoryId)).ToListAsync(ct);
        return rules.OrderByDescending(r => Array.IndexOf(lineage, r.CategoryId)).FirstOrDefault();
    }

    // Recomputes one card from what the database holds (after an image upload or delete) without
    // touching its Version: completeness is derived, not something a person edits.
    public static async Task<CompletenessScore> RecomputeAsync(ShopDbContext db, int productId, CancellationToken ct = default)
    {
        var product = await db.Set<Product>().AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new { p.CategoryId, p.Description, p.NetPriceMinor }).SingleAsync(ct);
        var rule = await RuleForAsync(db, product.CategoryId, ct);
        var definitions = await CategorySpecifications.ForCategoryAsync(db, product.CategoryId, ct);
        var score = Evaluate(rule, await FactsAsync(db, productId, product.Description, product.NetPriceMinor, definitions, ct));
        await db.Set<Product>().Where(p => p.Id == productId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Completeness, score.Percent).SetProperty(p => p.MissingParts, score.MissingParts), ct);
        return score;
    }

    // For when rules or required specifications change: every card, in batches, one category at a time.
    public Task<int> RecomputeAllAsync(CancellationToken ct = default) => RecomputeCategoriesAsync(null, ct);

    // A category's rule applies to its whole subtree, so a rule change rescores only that.
    public Task<int> RecomputeSubtreeAsync(int categoryId, CancellationToken ct = default) => RecomputeCategoriesAsync(categoryId, ct);

    private async Task<int> RecomputeCategoriesAsync(int? subtreeOf, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var categories = db.Set<Category>().AsQueryable();
        if (subtreeOf is { } root)
        {
            var subtree = CategorySubtree.Ids(db, root);
            categories = categories.Where(c => subtree.Contains(c.Id));
        }

        var categoryIds = await categories.Select(c => c.Id).ToListAsync(ct);
        var changed = 0;
        foreach (var categoryId in categoryIds)
        {
            var rule = await RuleForAsync(db, categoryId, ct);
            var definitions = await CategorySpecifications.ForCategoryAsync(db, categoryId, ct);
            var lastId = 0;
            while (true)
            {
                var batch = await db.Set<Product>().AsNoTracking()
                    .Where(p => p.CategoryId == categoryId && p.Id > lastId).OrderBy(p => p.Id).Take(BatchSize)
                    .Select(p => new { p.Id, p.Description, p.NetPriceMinor, p.Completeness, p.MissingParts })
                    .ToListAsync(ct);
                if (batch.Count == 0)
                {
                    break;
                }

                foreach (var product in batch)
                {
                    var score = Evaluate(rule, await FactsAsync(db, product.Id, product.Description, product.NetPriceMinor, definitions, ct));
                    if (score.Percent != product.Completeness || score.MissingParts != product.MissingParts)
                    {
                        await db.Set<Product>().Where(p => p.Id == product.Id)
                            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Completeness, score.Percent).SetProperty(p => p.MissingParts, score.MissingParts), ct);
                        changed++;
                    }
                }

                lastId = batch[^1].Id;
            }
        }

        return changed;
    }

    private static async Task<CompletenessFacts> FactsAsync(
        ShopDbContext db, int productId, string? description, long netPriceMinor, IReadOnlyList<SpecificationDefinition> definitions, CancellationToken ct)
    {
        var images = await db.Set<ProductImage>().CountAsync(i => i.ProductId == productId, ct);
        var hasSupplier = await db.Set<SupplierProduct>().AnyAsync(s => s.ProductId == productId, ct);
        var filled = await db.Set<ProductSpecification>()
            .Where(s => s.ProductId == productId && (s.NumberValue != null || s.TextValue != null))
            .Select(s => s.DefinitionId).ToListAsync(ct);
        return new CompletenessFacts(
            !string.IsNullOrWhiteSpace(description),
            images,
            definitions.Count(d => d.IsRequired),
            MissingSpecifications(definitions, filled),
            netPriceMinor > 0,
            hasSupplier);
    }

    public static IReadOnlyList<string> MissingSpecifications(IReadOnlyList<SpecificationDefinition> definitions, IEnumerable<int> filledDefinitionIds)
    {
        var filled = filledDefinitionIds.ToHashSet();
        return definitions.Where(d => d.IsRequired && !filled.Contains(d.Id)).Select(d => d.Name).ToList();
    }
}
