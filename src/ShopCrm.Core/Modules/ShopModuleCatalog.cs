using System.Reflection;
using ShopCrm.Core.Security;

namespace ShopCrm.Core.Modules;

public sealed class ShopModuleCatalog(IEnumerable<ShopModule> modules)
{
    public IReadOnlyList<ShopModule> Modules { get; } = modules.ToList();

    public IReadOnlyList<Assembly> Assemblies => Modules.Select(m => m.Assembly).Distinct().ToList();

    public IReadOnlyList<PermissionDefinition> Permissions => Modules.SelectMany(m => m.Permissions).ToList();

    public IReadOnlyList<MenuEntry> Menu => Modules.SelectMany(m => m.Menu).OrderBy(e => e.Order).ToList();

    public IReadOnlyList<Type> TopBarItems => Modules.SelectMany(m => m.TopBarItems).ToList();

    public IReadOnlyList<DashboardCard> DashboardCards => Modules.SelectMany(m => m.DashboardCards).OrderBy(c => c.Order).ToList();
}
