using ShopCrm.Core.Modules;

namespace ShopCrm.Orders;

public static class OrderMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries = [];
}
