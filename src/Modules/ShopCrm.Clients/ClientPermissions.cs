using ShopCrm.Core.Security;

namespace ShopCrm.Clients;

public static class ClientPermissions
{
    public const string View = "clients.view";
    public const string Edit = "clients.edit";
    public const string Tasks = "clients.tasks";
    public const string TeamTasks = "clients.tasks.team";
    public const string Segments = "clients.segments";
    public const string Import = "clients.import";
    public const string Export = "clients.export";
    public const string Merge = "clients.merge";
    public const string Gdpr = "clients.gdpr";
    public const string Rules = "clients.rules";
    public const string SiteRegister = "api.clients.register";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(View, "Clients", "See clients, their cards and timelines", [Roles.OrderManager, Roles.Accountant]),
        new(Edit, "Clients", "Create and edit clients, log notes and calls", [Roles.OrderManager]),
        new(Tasks, "Clients", "Give and work on tasks and reminders", [Roles.OrderManager, Roles.Warehouse, Roles.ContentEditor, Roles.Accountant]),
        new(TeamTasks, "Clients", "See and follow up the whole team's tasks", []),
        new(Segments, "Clients", "Build and save client segments", []),
        new(Import, "Clients", "Import contacts from CSV", []),
        new(Export, "Clients", "Export client lists and segments to CSV", []),
        new(Merge, "Clients", "Review duplicates and merge clients", [Roles.OrderManager]),
        new(Gdpr, "Clients", "Export or erase a client's personal data", []),
        new(Rules, "Clients", "Tune the VIP, lost and lousy category rules", []),
        new(SiteRegister, "Site API", "Register customers and change their consent", [], IsSiteApiScope: true),
    ];
}
