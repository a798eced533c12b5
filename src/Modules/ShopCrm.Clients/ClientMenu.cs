using ShopCrm.Core.Modules;

namespace ShopCrm.Clients;

public static class ClientMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries = [];
}
