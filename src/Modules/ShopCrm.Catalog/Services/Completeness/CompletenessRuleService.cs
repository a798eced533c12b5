using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Completeness;

// Editing what a complete card of a category needs. A category without its own rule takes the nearest
// ancestor's; with none up to the root, the defaults of CompletenessRule apply. Every change rescores the cards.
internal sealed class CompletenessRuleService(IDbContextFactory<ShopDbContext> contexts, CompletenessService completeness, PermissionGuard guard)
{
    public async Task<EffectiveCompletenessRule> EffectiveAsync(int categoryId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var nearest = await CompletenessService.NearestRuleAsync(db, categoryId, ct);
        if (nearest is null)
        {
            return new EffectiveCompletenessRule(new CompletenessRule { CategoryId = categoryId }, null, null);
        }

        var from = await db.Set<Category>().Where(c => c.Id == nearest.CategoryId).Select(c => c.Name).SingleAsync(ct);
        return new EffectiveCompletenessRule(nearest, nearest.CategoryId, from);
    }

    public async Task<Result<CompletenessRule>> SaveAsync(CompletenessRule input, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        if (input.MinimumImages is < 0 or > 20)
        {
            return StructureError.Invalid("MinimumImages", "A card can require from 0 to 20 images.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Set<Category>().AnyAsync(c => c.Id == input.CategoryId, ct))
        {
            return StructureError.NotFound;
        }

        var rule = await db.Set<CompletenessRule>().SingleOrDefaultAsync(r => r.CategoryId == input.CategoryId, ct);
        if (rule is null)
        {
            rule = new CompletenessRule { CategoryId = input.CategoryId };
            db.Add(rule);
        }

        rule.RequireDescription = input.RequireDescription;
        rule.MinimumImages = input.MinimumImages;
        rule.RequireSpecifications = input.RequireSpecifications;
        rule.RequirePrice = input.RequirePrice;
        rule.RequireSupplier = input.RequireSupplier;
        await db.SaveChangesAsync(ct);
        await completeness.RecomputeSubtreeAsync(input.CategoryId, ct);
        return Result<CompletenessRule>.Ok(rule);
    }

    // Drops the category's own rule so it inherits again.
    public async Task InheritAsync(int categoryId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<CompletenessRule>().Where(r => r.CategoryId == categoryId).ExecuteDeleteAsync(ct);
        await completeness.RecomputeSubtreeAsync(categoryId, ct);
    }
}
