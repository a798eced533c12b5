using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Structure;

// The category tree. Path ("/1/7/42/") is kept right by this service alone: a move rewrites the paths of
// the whole subtree in one UPDATE, so the model list's "category with its subcategories" stays one LIKE.
internal sealed class CategoryService(IDbContextFactory<ShopDbContext> contexts, PermissionGuard guard)
{
    public async Task<Result<Category>> AddAsync(int? parentId, string name, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        name = StructureNames.Clean(name);
        if (StructureNames.Check(name, "category") is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var parentPath = "/";
        if (parentId is { } pid)
        {
            var parent = await db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == pid, ct);
            if (parent is null)
            {
                return StructureError.NotFound;
            }

            parentPath = parent.Path;
        }

        if (await NameTakenAsync(db, parentId, name, null, ct))
        {
            return DuplicateName(name);
        }

        var siblings = db.Set<Category>().Where(c => c.ParentId == parentId);
        var category = new Category
        {
            ParentId = parentId,
            Name = name,
            SortOrder = (await siblings.MaxAsync(c => (int?)c.SortOrder, ct) ?? 0) + 1,
        };

        // The id is known only after the insert; both writes are one transaction so no half-made path is seen.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(category);
        if (await TrySaveAsync(db, ct) is false)
        {
            return DuplicateName(name);
        }

        category.Path = $"{parentPath}{category.Id}/";
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<Category>.Ok(category);
    }

    public async Task<Result<Category>> RenameAsync(int id, string name, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        name = StructureNames.Clean(name);
        if (StructureNames.Check(name, "category") is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var category = await db.Set<Category>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return StructureError.NotFound;
        }

        if (await NameTakenAsync(db, category.ParentId, name, id, ct))
        {
            return DuplicateName(name);
        }

        category.Name = name;
        return await TrySaveAsync(db, ct) ? Result<Category>.Ok(category) : DuplicateName(name);
    }

    // Swaps the category with its neighbour above (up) or below among its siblings.
    public async Task<Result<Category>> ReorderAsync(int id, bool up, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var category = await db.Set<Category>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return StructureError.NotFound;
        }

        var siblings = await db.Set<Category>().Where(c => c.ParentId == category.ParentId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct);
        var index = siblings.FindIndex(c => c.Id == id);
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= siblings.Count)
        {
            return Result<Category>.Ok(category);
        }

        (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].SortOrder = i + 1;
        }

        await db.SaveChangesAsync(ct);
        return Result<Category>.Ok(category);
    }

    // Moves the category with everything under it; null makes it a top-level category.
    public async Task<Result<Category>> MoveAsync(int id, int? newParentId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var category = await db.Set<Category>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return StructureError.NotFound;
        }

        var newParentPath = "/";
        if (newParentId is { } pid)
        {
            var parent = await db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == pid, ct);
            if (parent is null)
            {
                return StructureError.NotFound;
            }

            if (CategorySubtree.Contains(category.Path, parent.Path))
            {
                return StructureError.Invalid("Parent", "A category cannot be moved under itself or under one of its own subcategories.");
            }

            newParentPath = parent.Path;
        }

        if (category.ParentId == newParentId)
        {
            return Result<Category>.Ok(category);
        }

        if (await NameTakenAsync(db, newParentId, category.Name, id, ct))
        {
            return StructureError.Duplicate("Parent", $"The new parent already has a subcategory named \"{category.Name}\". Rename one of them first.");
        }

        var oldPath = category.Path;
        var newPath = $"{newParentPath}{category.Id}/";
        var cut = oldPath.Length;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        category.ParentId = newParentId;
        category.SortOrder = (await db.Set<Category>().Where(c => c.ParentId == newParentId).MaxAsync(c => (int?)c.SortOrder, ct) ?? 0) + 1;
        await db.SaveChangesAsync(ct);
        var subtree = CategorySubtree.Ids(db, category.Id);
        await db.Set<Category>()
            .Where(c => subtree.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Path, c => newPath + c.Path.Substring(cut)), ct);
        await transaction.CommitAsync(ct);
        category.Path = newPath;
        return Result<Category>.Ok(category);
    }

    public async Task<Result<Category>> DeleteAsync(int id, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var category = await db.Set<Category>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return StructureError.NotFound;
        }

        var models = await db.Set<Product>().CountAsync(p => p.CategoryId == id, ct);
        var children = await db.Set<Category>().CountAsync(c => c.ParentId == id, ct);
        var specifications = await db.Set<SpecificationDefinition>().CountAsync(d => d.CategoryId == id, ct);
        var uses = new List<string>();
        if (models > 0)
        {
            uses.Add(Count(models, "model", "models"));
        }

        if (children > 0)
        {
            uses.Add(Count(children, "subcategory", "subcategories"));
        }

        if (specifications > 0)
        {
            uses.Add(Count(specifications, "specification", "specifications"));
        }

        if (uses.Count > 0)
        {
            return StructureError.InUse($"\"{category.Name}\" cannot be deleted: it has {string.Join(", ", uses)}. Move or remove them first.");
        }

        db.Remove(category);
        await db.SaveChangesAsync(ct);
        return Result<Category>.Ok(category);
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static Error DuplicateName(string name) =>
        StructureError.Duplicate("Name", $"This level already has a category named \"{name}\". Choose another name.");

    private static Task<bool> NameTakenAsync(ShopDbContext db, int? parentId, string name, int? exceptId, CancellationToken ct)
    {
        var lower = name.ToLower();
        return db.Set<Category>().AnyAsync(c => c.ParentId == parentId && c.Name.ToLower() == lower && c.Id != exceptId, ct);
    }

    // False when a unique index refused the write (someone saved the same name between our check and our write).
    internal static async Task<bool> TrySaveAsync(ShopDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
