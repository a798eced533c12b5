using ShopCrm.Core.Modules;

namespace ShopCrm.Clients;

public static class ClientMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Clients", "Clients", "/clients", "groups", ClientPermissions.View, Order: 120),
        new("Clients", "My tasks", "/tasks", "task_alt", ClientPermissions.Tasks, Order: 125),
        new("Clients", "Category rules", "/clients/rules", "tune", ClientPermissions.Rules, Order: 190),
        new("Clients", "Segments", "/clients/segments", "filter_alt", ClientPermissions.Segments, Order: 150),
        new("Clients", "Client duplicates", "/clients/duplicates", "people_alt", ClientPermissions.Merge, Order: 155),
        new("Clients", "Client imports", "/clients/imports", "contact_page", ClientPermissions.Import, Order: 158),
    ];
}
