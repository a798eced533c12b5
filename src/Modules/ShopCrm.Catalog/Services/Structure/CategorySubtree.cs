using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Structure;

// The one place that knows a subtree is a Path prefix ("/1/7/" holds "/1/7/42/"). In SQL it is an
// uncorrelated IN (...) that the database computes once, rather than a path comparison per row
// (see ProductGridBenchmark and docs/benchmarks.md).
internal static class CategorySubtree
{
    public static IQueryable<int> Ids(ShopDbContext db, int categoryId) =>
        Ids(db, db.Set<Category>().Where(c => c.Id == categoryId).Select(c => c.Path));

    public static IQueryable<int> Ids(ShopDbContext db, IReadOnlyCollection<int> categoryIds)
    {
        var roots = categoryIds.ToList();
        return Ids(db, db.Set<Category>().Where(c => roots.Contains(c.Id)).Select(c => c.Path));
    }

    public static bool Contains(string rootPath, string path) => path.StartsWith(rootPath, StringComparison.Ordinal);

    private static IQueryable<int> Ids(ShopDbContext db, IQueryable<string> rootPaths) =>
        db.Set<Category>().Where(c => rootPaths.Any(root => c.Path.StartsWith(root))).Select(c => c.Id);
}
