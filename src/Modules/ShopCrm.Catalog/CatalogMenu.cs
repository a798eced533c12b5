using ShopCrm.Core.Modules;

namespace ShopCrm.Catalog;

public static class CatalogMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Warehouse", "Restock", "/warehouse/restock", "production_quantity_limits", CatalogPermissions.Restock, Order: 340),
        new("Warehouse", "Purchase orders", "/warehouse/purchase-orders", "local_shipping", CatalogPermissions.Restock, Order: 345),
    ];
}
