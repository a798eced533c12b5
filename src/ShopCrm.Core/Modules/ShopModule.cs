using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using ShopCrm.Core.Security;

namespace ShopCrm.Core.Modules;

// What a module tells the host about itself: where its EF configurations and pages are, which
// permissions it declares and which menu entries it adds.
public sealed record ShopModule(
    string Name,
    Assembly Assembly,
    IReadOnlyList<PermissionDefinition> Permissions,
    IReadOnlyList<MenuEntry> Menu)
{
    // Routes under /api/v1 for the e-shop (the group already requires an API key).
    public Action<RouteGroupBuilder>? SiteApi { get; init; }

    // Other routes of the module, such as file downloads for its pages.
    public Action<IEndpointRouteBuilder>? Endpoints { get; init; }

    // Cards on the home dashboard, such as "12 models to restock".
    public IReadOnlyList<DashboardCard> DashboardCards { get; init; } = [];

    // Components shown in the top bar next to the user menu for every signed-in person, such as the
    // reminders bell; each checks for itself what the person may see.
    public IReadOnlyList<Type> TopBarItems { get; init; } = [];
}
