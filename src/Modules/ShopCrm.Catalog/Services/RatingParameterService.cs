using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services;

// The criteria reviews score on (1-5), for a category or a tag; Moderation reads them.
public sealed class RatingParameterService(IDbContextFactory<ShopDbContext> contexts)
{
    public async Task<StructureResult<RatingParameter>> AddAsync(string name, int? categoryId, int? tagId, CancellationToken ct = default)
    {
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
        return StructureResult<RatingParameter>.Ok(parameter);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<RatingParameter>().Where(r => r.Id == id).ExecuteDeleteAsync(ct);
    }
}
