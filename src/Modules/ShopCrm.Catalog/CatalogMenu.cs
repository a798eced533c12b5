using ShopCrm.Core.Modules;

namespace ShopCrm.Catalog;

public static class CatalogMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Catalog", "Models", "/catalog/models", "inventory_2", CatalogPermissions.View, Order: 200),
        new("Catalog", "Incomplete cards", "/catalog/incomplete", "rule", CatalogPermissions.Edit, Order: 205),
        new("Catalog", "Categories", "/catalog/categories", "account_tree", CatalogPermissions.Structure, Order: 210),
        new("Catalog", "Brands & series", "/catalog/brands", "verified", CatalogPermissions.Structure, Order: 215),
        new("Catalog", "Tags & interests", "/catalog/tags", "sell", CatalogPermissions.Structure, Order: 220),
        new("Catalog", "Suppliers", "/catalog/suppliers", "storefront", CatalogPermissions.View, Order: 230),
        new("Catalog", "Duplicates", "/catalog/duplicates", "content_copy", CatalogPermissions.Merge, Order: 240),
        new("Catalog", "Import and export", "/catalog/imports", "upload_file", CatalogPermissions.Import, Order: 250),
        new("Warehouse", "Stock", "/warehouse/stock", "inventory", CatalogPermissions.StockView, Order: 300),
        new("Warehouse", "Goods receipts", "/warehouse/receipts", "local_shipping", CatalogPermissions.StockView, Order: 310),
        new("Warehouse", "Stock movements", "/warehouse/movements", "swap_vert", CatalogPermissions.StockView, Order: 320),
        new("Warehouse", "Warehouses", "/warehouse/warehouses", "warehouse", CatalogPermissions.StockView, Order: 330),
        new("Warehouse", "Restock", "/warehouse/restock", "production_quantity_limits", CatalogPermissions.Restock, Order: 340),
        new("Warehouse", "Purchase orders", "/warehouse/purchase-orders", "receipt_long", CatalogPermissions.Restock, Order: 345),
    ];
}
