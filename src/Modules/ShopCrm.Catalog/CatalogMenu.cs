using ShopCrm.Core.Modules;

namespace ShopCrm.Catalog;

public static class CatalogMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Catalog", "Duplicates", "/catalog/duplicates", "content_copy", CatalogPermissions.Merge, Order: 240),
    ];
}
