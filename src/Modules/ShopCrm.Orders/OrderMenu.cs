using ShopCrm.Core.Modules;

namespace ShopCrm.Orders;

public static class OrderMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Orders", "Orders", "/orders", "shopping_cart", OrderPermissions.View, Order: 100),
        new("Orders", "Today", "/orders/today", "today", OrderPermissions.Edit, Order: 105),
        new("Orders", "Assembly and packing", "/orders/assembly", "inventory", OrderPermissions.Warehouse, Order: 110),
    ];
}
