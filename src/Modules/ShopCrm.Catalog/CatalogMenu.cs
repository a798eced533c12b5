using ShopCrm.Core.Modules;

namespace ShopCrm.Catalog;

public static class CatalogMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries = [];
}
