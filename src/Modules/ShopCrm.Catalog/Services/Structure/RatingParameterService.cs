using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Structure;

// The criteria reviews score on (1-5), for a category or a tag; Moderation reads them.
internal sealed class RatingParameterService(IDbContextFactory<ShopDbContext> contexts, PermissionGuard guard)
{
    public async Task<Result<RatingParameter>> AddAsync(string name, int? categoryId, int? tagId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        name = StructureNames.Clean(name);
        if (StructureNames.Check(name, "rating parameter") is { } invalid)
        {
            return invalid;
        }

        if ((categoryId is null) == (tagId is null))
        {
            return StructureError.Invalid("Target", "A rating parameter belongs to either a category or a tag.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var lower = name.ToLower();
        if (await db.Set<RatingParameter>().AnyAsync(r => r.CategoryId == categoryId && r.TagId == tagId && r.Name.ToLower() == lower, ct))
        {
            return StructureError.Duplicate("Name", $"\"{name}\" is already rated here.");
        }

        var parameter = new RatingParameter { Name = name, CategoryId = categoryId, TagId = tagId };
        db.Add(parameter);
        await db.SaveChangesAsync(ct);
        return Result<RatingParameter>.Ok(parameter);
    }

    // What a review of the model scores: the parameters of its category and every category above it (from the
    // top down, as the category page lists them), then those of its tags; a name met twice counts once, where it is met first.
    public async Task<IReadOnlyList<EffectiveRatingParameter>> ForProductAsync(int productId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var path = await db.Set<Product>().Where(p => p.Id == productId).Select(p => p.Category!.Path).SingleOrDefaultAsync(ct);
        if (path is null)
        {
            return [];
        }

        var lineage = CategorySpecifications.AncestorIds(path);
        var fromCategories = await (
                from r in db.Set<RatingParameter>()
                join c in db.Set<Category>() on r.CategoryId equals c.Id
                where lineage.Contains(c.Id)
                select new { r.Id, r.Name, CategoryId = c.Id, Source = c.Name })
            .ToListAsync(ct);
        var fromTags = await (
                from r in db.Set<RatingParameter>()
                join t in db.Set<Tag>() on r.TagId equals t.Id
                where db.Set<ProductTag>().Any(pt => pt.ProductId == productId && pt.TagId == t.Id)
                orderby t.Name, r.Name
                select new EffectiveRatingParameter(r.Id, r.Name, "tag " + t.Name))
            .ToListAsync(ct);
        return fromCategories
            .OrderBy(r => Array.IndexOf(lineage, r.CategoryId)).ThenBy(r => r.Name)
            .Select(r => new EffectiveRatingParameter(r.Id, r.Name, "category " + r.Source))
            .Concat(fromTags)
            .DistinctBy(r => r.Name.ToLowerInvariant())
            .ToList();
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<RatingParameter>().Where(r => r.Id == id).ExecuteDeleteAsync(ct);
    }
}
