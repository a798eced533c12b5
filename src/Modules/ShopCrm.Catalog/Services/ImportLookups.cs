using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services;

// Brands by name and categories by their path of names ("wedki > wedki spinningowe", normalized), read once
// per import: both are small tables, while models are looked up a chunk at a time.
internal sealed class ImportLookups
{
    private readonly Dictionary<string, int> brands;
    private readonly Dictionary<string, int> categoryPaths;
    private readonly Dictionary<string, List<int>> categoryNames;

    private ImportLookups(Dictionary<string, int> brands, Dictionary<string, int> categoryPaths, Dictionary<string, List<int>> categoryNames)
    {
        this.brands = brands;
        this.categoryPaths = categoryPaths;
        this.categoryNames = categoryNames;
    }

    public static async Task<ImportLookups> LoadAsync(ShopDbContext db, CancellationToken ct)
    {
        var brandRows = await db.Set<Brand>().AsNoTracking().Select(b => new { b.Id, b.Name }).ToListAsync(ct);
        var categories = await db.Set<Category>().AsNoTracking().Select(c => new { c.Id, c.Name, c.Path }).ToListAsync(ct);
        var namesById = categories.ToDictionary(c => c.Id, c => ProductNames.Normalize(c.Name));
        var paths = new Dictionary<string, int>();
        var names = new Dictionary<string, List<int>>();
        foreach (var category in categories)
        {
            var ids = category.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);
            paths[string.Join(" > ", ids.Select(id => namesById.GetValueOrDefault(id, "?")))] = category.Id;
            names.TryAdd(namesById[category.Id], []);
            names[namesById[category.Id]].Add(category.Id);
        }

        var brandsByName = new Dictionary<string, int>();
        foreach (var brand in brandRows)
        {
            brandsByName.TryAdd(ProductNames.Normalize(brand.Name), brand.Id);
        }

        return new ImportLookups(brandsByName, paths, names);
    }

    // Category names by id with their full path, for the export.
    public static async Task<Dictionary<int, string>> CategoryPathsAsync(ShopDbContext db, CancellationToken ct)
    {
        var categories = await db.Set<Category>().AsNoTracking().Select(c => new { c.Id, c.Name, c.Path }).ToListAsync(ct);
        var names = categories.ToDictionary(c => c.Id, c => c.Name);
        return categories.ToDictionary(
            c => c.Id,
            c => string.Join(" > ", c.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => names.GetValueOrDefault(int.Parse(id), "?"))));
    }

    public int? Brand(string name) => brands.TryGetValue(ProductNames.Normalize(name), out var id) ? id : null;

    // A full path from the root, or the name alone when only one category has it.
    public int? Category(string path, out bool ambiguous)
    {
        ambiguous = false;
        var parts = path.Split(['>', '/', '\\'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ProductNames.Normalize);
        var key = string.Join(" > ", parts);
        if (categoryPaths.TryGetValue(key, out var id))
        {
            return id;
        }

        if (!key.Contains('>', StringComparison.Ordinal) && categoryNames.TryGetValue(key, out var ids))
        {
            ambiguous = ids.Count > 1;
            return ids.Count == 1 ? ids[0] : null;
        }

        return null;
    }
}
