using ShopCrm.Core.Modules;

namespace ShopCrm.Catalog;

public static class CatalogMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Catalog", "Import and export", "/catalog/imports", "upload_file", CatalogPermissions.Import, Order: 250),
    ];
}
