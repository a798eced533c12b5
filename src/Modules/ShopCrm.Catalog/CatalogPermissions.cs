using ShopCrm.Core.Security;

namespace ShopCrm.Catalog;

public static class CatalogPermissions
{
    public const string View = "catalog.view";
    public const string Edit = "catalog.edit";
    public const string Prices = "catalog.prices";
    public const string Structure = "catalog.structure";
    public const string Publish = "catalog.publish";
    public const string PublishIncomplete = "catalog.publish-incomplete";
    public const string Merge = "catalog.merge";
    public const string Import = "catalog.import";
    public const string Suppliers = "catalog.suppliers";
    public const string StockView = "stock.view";
    public const string StockReceive = "stock.receive";
    public const string StockAdjust = "stock.adjust";
    public const string Restock = "stock.restock";
    public const string SiteFeed = "api.catalog.feed";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(View, "Catalog", "See product cards, suppliers and stock levels", [Roles.OrderManager, Roles.Warehouse, Roles.ContentEditor]),
        new(Edit, "Catalog", "Edit product cards (texts, specifications, tags, images, links)", [Roles.Warehouse, Roles.ContentEditor]),
        new(Prices, "Catalog", "Change selling and purchase prices", [Roles.ContentEditor]),
        new(Structure, "Catalog", "Edit categories, brands, series, tags, specifications, interests and completeness rules", [Roles.ContentEditor]),
        new(Publish, "Catalog", "Publish complete cards to the site and archive cards", [Roles.ContentEditor]),
        new(PublishIncomplete, "Catalog", "Publish a card that is not complete", []),
        new(Merge, "Catalog", "Merge duplicate cards", [Roles.ContentEditor]),
        new(Import, "Catalog", "Import models and supplier price lists from CSV", [Roles.Warehouse, Roles.ContentEditor]),
        new(Suppliers, "Catalog", "Edit suppliers and their codes and prices", [Roles.Warehouse]),
        new(StockView, "Warehouse", "See stock movements, goods receipts and restock alerts", [Roles.OrderManager, Roles.Warehouse]),
        new(StockReceive, "Warehouse", "Receive goods into stock", [Roles.Warehouse]),
        new(StockAdjust, "Warehouse", "Correct stock and move it between warehouses", [Roles.Warehouse]),
        new(Restock, "Warehouse", "Handle restock alerts and send purchase orders", [Roles.Warehouse]),
        new(SiteFeed, "Site API", "Read the catalog feed (models, prices, stock, facets)", [], IsSiteApiScope: true),
    ];
}
