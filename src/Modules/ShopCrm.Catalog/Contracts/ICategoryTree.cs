using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Contracts;

// The category tree as other modules may ask about it. A subtree comes back as a query over the caller's
// context, so it can be composed into the caller's own query or read as a list of ids in one round trip.
public interface ICategoryTree
{
    // The category and every category below it.
    IQueryable<int> SubtreeIds(ShopDbContext db, int categoryId);

    // The categories and every category below any of them.
    IQueryable<int> SubtreeIds(ShopDbContext db, IReadOnlyCollection<int> categoryIds);
}
