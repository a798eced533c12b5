using ShopCrm.Core.Modules;

namespace ShopCrm.Catalog;

public static class CatalogMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Catalog", "Models", "/catalog/models", "inventory_2", CatalogPermissions.View, Order: 200),
        new("Catalog", "Incomplete cards", "/catalog/incomplete", "rule", CatalogPermissions.Edit, Order: 205),
    ];
}
