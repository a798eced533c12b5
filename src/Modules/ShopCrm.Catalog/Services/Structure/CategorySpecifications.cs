using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Structure;

// The specifications that apply to a category: its own and every ancestor's, the root's first.
internal static class CategorySpecifications
{
    public static async Task<IReadOnlyList<SpecificationDefinition>> ForCategoryAsync(ShopDbContext db, int categoryId, CancellationToken ct = default)
    {
        var path = await db.Set<Category>().Where(c => c.Id == categoryId).Select(c => c.Path).SingleAsync(ct);
        var lineage = AncestorIds(path);
        var definitions = await db.Set<SpecificationDefinition>().AsNoTracking()
            .Where(d => lineage.Contains(d.CategoryId))
            .ToListAsync(ct);
        return definitions
            .OrderBy(d => Array.IndexOf(lineage, d.CategoryId))
            .ThenBy(d => d.SortOrder)
            .ThenBy(d => d.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    // "/1/7/42/" -> [1, 7, 42]
    public static int[] AncestorIds(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
}
