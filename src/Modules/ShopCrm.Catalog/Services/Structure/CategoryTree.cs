using ShopCrm.Catalog.Contracts;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Structure;

internal sealed class CategoryTree : ICategoryTree
{
    public IQueryable<int> SubtreeIds(ShopDbContext db, int categoryId) => CategorySubtree.Ids(db, categoryId);

    public IQueryable<int> SubtreeIds(ShopDbContext db, IReadOnlyCollection<int> categoryIds) => CategorySubtree.Ids(db, categoryIds);
}
