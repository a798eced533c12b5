using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Structure;

// Tags (with the anglers' slang people type into the search as synonyms) and interests (what clients fish for).
internal sealed class TagService(IDbContextFactory<ShopDbContext> contexts, PermissionGuard guard)
{
    public async Task<Result<Tag>> SaveTagAsync(Tag input, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        input.Name = StructureNames.Clean(input.Name);
        input.Synonyms = CleanSynonyms(input.Synonyms);
        if (StructureNames.Check(input.Name, "tag") is { } invalid)
        {
            return invalid;
        }

        if (input.Synonyms is { Length: > 1_000 })
        {
            return StructureError.Invalid("Synonyms", "The synonyms can have at most 1,000 characters.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var lower = input.Name.ToLower();
        if (await db.Set<Tag>().AnyAsync(t => t.Name.ToLower() == lower && t.Id != input.Id, ct))
        {
            return DuplicateTag(input.Name);
        }

        var tag = input.Id == 0 ? new Tag { Name = input.Name } : await db.Set<Tag>().SingleOrDefaultAsync(t => t.Id == input.Id, ct);
        if (tag is null)
        {
            return StructureError.NotFound;
        }

        if (input.Id == 0)
        {
            db.Add(tag);
        }

        tag.Name = input.Name;
        tag.Synonyms = input.Synonyms;
        tag.IsFrequentSearch = input.IsFrequentSearch;
        return await CategoryService.TrySaveAsync(db, ct) ? Result<Tag>.Ok(tag) : DuplicateTag(input.Name);
    }

    public async Task<Result<Tag>> DeleteTagAsync(int id, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tag = await db.Set<Tag>().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (tag is null)
        {
            return StructureError.NotFound;
        }

        var models = await db.Set<ProductTag>().CountAsync(t => t.TagId == id, ct);
        if (models > 0)
        {
            return StructureError.InUse($"\"{tag.Name}\" cannot be deleted: {models} model(s) carry it.");
        }

        db.Remove(tag);
        await db.SaveChangesAsync(ct);
        return Result<Tag>.Ok(tag);
    }

    public async Task<Result<Interest>> SaveInterestAsync(Interest input, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        input.Name = StructureNames.Clean(input.Name);
        if (StructureNames.Check(input.Name, "interest") is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (input.TagId is { } tagId && !await db.Set<Tag>().AnyAsync(t => t.Id == tagId, ct))
        {
            return StructureError.Invalid("Tag", "The chosen tag no longer exists.");
        }

        var lower = input.Name.ToLower();
        if (await db.Set<Interest>().AnyAsync(i => i.Name.ToLower() == lower && i.Id != input.Id, ct))
        {
            return DuplicateInterest(input.Name);
        }

        var interest = input.Id == 0 ? new Interest { Name = input.Name } : await db.Set<Interest>().SingleOrDefaultAsync(i => i.Id == input.Id, ct);
        if (interest is null)
        {
            return StructureError.NotFound;
        }

        if (input.Id == 0)
        {
            db.Add(interest);
        }

        interest.Name = input.Name;
        interest.TagId = input.TagId;
        return await CategoryService.TrySaveAsync(db, ct) ? Result<Interest>.Ok(interest) : DuplicateInterest(input.Name);
    }

    public async Task DeleteInterestAsync(int id, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<Interest>().Where(i => i.Id == id).ExecuteDeleteAsync(ct);
    }

    // "spining, SPINNING,  szczupak " -> "spining, szczupak": comma-separated, no repeats.
    private static string? CleanSynonyms(string? synonyms)
    {
        var words = (synonyms ?? "").Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.CurrentCultureIgnoreCase).ToList();
        return words.Count == 0 ? null : string.Join(", ", words);
    }

    private static Error DuplicateTag(string name) => StructureError.Duplicate("Name", $"A tag named \"{name}\" already exists.");

    private static Error DuplicateInterest(string name) => StructureError.Duplicate("Name", $"An interest named \"{name}\" already exists.");
}
