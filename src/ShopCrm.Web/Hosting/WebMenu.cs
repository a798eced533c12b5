using ShopCrm.Core.Modules;
using ShopCrm.Core.Security;

namespace ShopCrm.Web.Hosting;

public static class WebMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("General", "Dashboard", "/", "dashboard", CorePermissions.Dashboard, Order: 0),
        new("Administration", "API keys", "/admin/api-keys", "vpn_key", CorePermissions.ApiKeys, Order: 900),
        new("Administration", "Audit log", "/admin/audit", "history", CorePermissions.AuditLog, Order: 910),
    ];
}
