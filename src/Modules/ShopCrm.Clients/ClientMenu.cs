using ShopCrm.Core.Modules;

namespace ShopCrm.Clients;

public static class ClientMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Clients", "Segments", "/clients/segments", "filter_alt", ClientPermissions.Segments, Order: 150),
        new("Clients", "Client duplicates", "/clients/duplicates", "people_alt", ClientPermissions.Merge, Order: 155),
    ];
}
