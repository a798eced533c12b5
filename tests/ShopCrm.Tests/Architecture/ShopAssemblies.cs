using Mono.Cecil;

namespace ShopCrm.Tests.Architecture;

// The app's assemblies as built next to the tests, read with Cecil, and where each stands in the one
// direction modules depend in (docs/architecture.md):
// Core <- Catalog, Clients, Certificates <- Orders <- Settings <- Campaigns, Cashier, Moderation, Guru <- Analytics.
internal static class ShopAssemblies
{
    public const string Core = "ShopCrm.Core";
    public const string Host = "ShopCrm.Web";

    // A module may use a module of a lower layer; within a layer only what an ADR allows.
    public static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>
    {
        ["ShopCrm.Catalog"] = 1,
        ["ShopCrm.Clients"] = 1,
        ["ShopCrm.Certificates"] = 1,
        ["ShopCrm.Orders"] = 2,
        ["ShopCrm.Settings"] = 3,
        ["ShopCrm.Campaigns"] = 4,
        ["ShopCrm.Cashier"] = 4,
        ["ShopCrm.Moderation"] = 4,
        ["ShopCrm.Guru"] = 4,
        ["ShopCrm.Analytics"] = 5,
    };

    // docs/adr/0007: a client's interests and segments are Catalog's categories, tags and products.
    public static readonly IReadOnlySet<(string From, string To)> AllowedWithinLayer = new HashSet<(string, string)>
    {
        ("ShopCrm.Clients", "ShopCrm.Catalog"),
    };

    private static readonly Lazy<IReadOnlyList<AssemblyDefinition>> Loaded = new(Load);

    public static IReadOnlyList<AssemblyDefinition> All => Loaded.Value;

    public static IEnumerable<AssemblyDefinition> Modules => All.Where(a => IsModule(a.Name.Name));

    public static bool IsModule(string assembly) => Layers.ContainsKey(assembly);

    public static bool MayDependOn(string from, string to) =>
        to == Core
        || (from == Host && to != "ShopCrm.Tests")
        || (IsModule(from) && IsModule(to) && (Layers[to] < Layers[from] || AllowedWithinLayer.Contains((from, to))));

    // ShopCrm.Orders -> "ShopCrm.Orders.Contracts": the namespace another module may use.
    public static string ContractsOf(string module) => module + ".Contracts";

    private static IReadOnlyList<AssemblyDefinition> Load()
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(AppContext.BaseDirectory);
        var parameters = new ReaderParameters { AssemblyResolver = resolver };
        var names = new[] { Core, Host }.Concat(Layers.Keys);
        return names
            .Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"))
            .Where(File.Exists)
            .Select(path => AssemblyDefinition.ReadAssembly(path, parameters))
            .ToList();
    }
}
