using ShopCrm.Core.Security;

namespace ShopCrm.Orders;

public static class OrderPermissions
{
    public const string View = "orders.view";
    public const string Edit = "orders.edit";
    public const string Discount = "orders.discount";
    public const string Cancel = "orders.cancel";
    public const string Return = "orders.return";
    public const string Warehouse = "orders.warehouse";
    public const string SitePlace = "api.orders.place";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(View, "Orders", "See orders, their lines and history", [Roles.OrderManager, Roles.Warehouse, Roles.Accountant]),
        new(Edit, "Orders", "Take orders, edit them and move them through their statuses", [Roles.OrderManager]),
        new(Discount, "Orders", "Give manual discounts on lines and orders", [Roles.OrderManager]),
        new(Cancel, "Orders", "Cancel orders", [Roles.OrderManager]),
        new(Return, "Orders", "Record returns and the refunds they cause", [Roles.OrderManager, Roles.Accountant]),
        new(Warehouse, "Orders", "Pick, pack and ship orders", [Roles.Warehouse, Roles.OrderManager]),
        new(SitePlace, "Site API", "Place orders from the e-shop and read their status", [], IsSiteApiScope: true),
    ];
}
