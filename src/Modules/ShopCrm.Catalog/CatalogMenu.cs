using ShopCrm.Core.Modules;

namespace ShopCrm.Catalog;

public static class CatalogMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Catalog", "Categories", "/catalog/categories", "account_tree", CatalogPermissions.Structure, Order: 210),
        new("Catalog", "Brands & series", "/catalog/brands", "verified", CatalogPermissions.Structure, Order: 215),
        new("Catalog", "Tags & interests", "/catalog/tags", "sell", CatalogPermissions.Structure, Order: 220),
        new("Catalog", "Suppliers", "/catalog/suppliers", "local_shipping", CatalogPermissions.View, Order: 230),
    ];
}
