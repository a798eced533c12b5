using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Ui;

namespace ShopCrm.Catalog.Pages;

// The category tree as one list for drop-downs: each category with its ancestors ("Wędki › Spinningowe"),
// in tree order. The tree is hundreds of rows at most, so it is read whole.
public static class CategoryChoices
{
    public static async Task<IReadOnlyList<NamedChoice>> LoadAsync(ShopDbContext db)
    {
        var all = await db.Set<Category>().AsNoTracking().Select(c => new { c.Id, c.Name, c.Path, c.SortOrder }).ToListAsync();
        var names = all.ToDictionary(c => c.Id, c => c.Name);
        return all
            .Select(c => new NamedChoice(c.Id, string.Join(" › ", c.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(names.ContainsKey).Select(id => names[id]))))
            .OrderBy(c => c.Text, StringComparer.CurrentCulture)
            .ToList();
    }
}
