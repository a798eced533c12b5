namespace ShopCrm.Core.Security;

public static class CorePermissions
{
    public const string Dashboard = "core.dashboard";
    public const string ApiKeys = "core.api-keys";
    public const string AuditLog = "core.audit";
    public const string SiteShopRead = "api.shop.read";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Dashboard, "General", "Open the dashboard", Roles.Staff),
        new(ApiKeys, "Administration", "Create and revoke API keys for the e-shop", []),
        new(AuditLog, "Administration", "Read the audit log", [Roles.Accountant]),
        new(SiteShopRead, "Site API", "Read the shop profile", [], IsSiteApiScope: true),
    ];
}
