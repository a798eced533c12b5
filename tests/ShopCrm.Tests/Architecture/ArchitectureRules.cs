using Mono.Cecil;

namespace ShopCrm.Tests.Architecture;

// The checks behind ModuleBoundaryTests, over any types, so that they can be shown to catch what they
// forbid (ArchitectureRulesTests). Each answers one line per offence: the offending type and what it uses.
internal static class ArchitectureRules
{
    // Catalog's contracts come in a change of their own; until then these Catalog types are still used by
    // Clients and Orders. Empty it as they move behind ShopCrm.Catalog.Contracts; never add to it.
    public static readonly IReadOnlySet<string> CatalogTypesStillUsedAcrossModules = new HashSet<string>
    {
        "ShopCrm.Catalog.Domain.Brand",
        "ShopCrm.Catalog.Domain.Category",
        "ShopCrm.Catalog.Domain.Product",
        "ShopCrm.Catalog.Domain.ProductStatus",
        "ShopCrm.Catalog.Domain.ProductStock",
        "ShopCrm.Catalog.Domain.StockReservation",
        "ShopCrm.Catalog.Domain.Supplier",
        "ShopCrm.Catalog.Domain.SupplierProduct",
        "ShopCrm.Catalog.Domain.Tag",
        "ShopCrm.Catalog.Domain.Warehouse",
        "ShopCrm.Catalog.Pages.CategoryChoices",
        "ShopCrm.Catalog.Services.StockError",
    };

    private static readonly IReadOnlySet<string> WritingMethods = new HashSet<string>
    {
        "SaveChanges", "SaveChangesAsync",
        "Add", "AddAsync", "AddRange", "AddRangeAsync", "Attach", "AttachRange", "Update", "UpdateRange", "Remove", "RemoveRange",
        "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync",
        "ExecuteSql", "ExecuteSqlAsync", "ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync",
    };

    // A module uses another module only through its Contracts namespace. The host composes the modules, so it
    // may also call their entry points (ShopCrm.Orders.OrdersModule) and route to their pages.
    public static IEnumerable<string> CrossModuleUses(string fromAssembly, IEnumerable<TypeDefinition> types) =>
        Uses(types)
            .Where(use => ShopAssemblies.IsModule(use.Assembly) && use.Assembly != fromAssembly)
            .Where(use => !IsContract(use.Namespace, use.Assembly))
            .Where(use => fromAssembly != ShopAssemblies.Host || !IsHostEntry(use.Namespace, use.Assembly))
            .Where(use => !(use.Assembly == "ShopCrm.Catalog" && CatalogTypesStillUsedAcrossModules.Contains(use.Used)))
            .Select(use => $"{use.Type} uses {use.Used}, which is not in {ShopAssemblies.ContractsOf(use.Assembly)}")
            .Distinct();

    // What a type uses from assemblies its own may not depend on (ShopAssemblies.MayDependOn).
    public static IEnumerable<string> UsesAgainstDirection(string fromAssembly, IEnumerable<TypeDefinition> types) =>
        Uses(types)
            .Where(use => use.Assembly.StartsWith("ShopCrm.", StringComparison.Ordinal) && use.Assembly != fromAssembly)
            .Where(use => !ShopAssemblies.MayDependOn(fromAssembly, use.Assembly))
            .Select(use => $"{use.Type} ({fromAssembly}) uses {use.Used} ({use.Assembly}) against the dependency direction")
            .Distinct();

    // Pages and API endpoints ask services; only services write, so permissions, audit and events are never skipped.
    public static IEnumerable<string> WritesThroughTheContext(IEnumerable<TypeDefinition> types) =>
        types.Where(IsPageOrEndpoint)
            .SelectMany(type => TypeReferences.CallsOf(type).Where(IsWrite)
                .Select(call => $"{type.FullName} calls {call.DeclaringType.Name}.{call.Name}: pages and endpoints write through a service"))
            .Distinct();

    public static bool IsPageOrEndpoint(TypeDefinition type)
    {
        var segments = type.Namespace.Split('.');
        return segments.Contains("Pages") || segments.Contains("Api") || segments.Contains("Components");
    }

    private static bool IsWrite(MethodReference method) =>
        WritingMethods.Contains(method.Name)
        && (TypeReferences.NamespaceOf(method.DeclaringType).StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || method.DeclaringType.Name == "ShopDbContext");

    private static bool IsContract(string ns, string assembly) =>
        ns == ShopAssemblies.ContractsOf(assembly) || ns.StartsWith(ShopAssemblies.ContractsOf(assembly) + ".", StringComparison.Ordinal);

    private static bool IsHostEntry(string ns, string assembly) =>
        ns == assembly || ns == assembly + ".Pages" || ns.StartsWith(assembly + ".Pages.", StringComparison.Ordinal);

    // What types use outside their own assembly.
    private static IEnumerable<Use> Uses(IEnumerable<TypeDefinition> types) =>
        types.Where(type => type.DeclaringType is null && type.Name != "<Module>")
            .SelectMany(type => TypeReferences.Of(type)
                .Select(used => new Use(type.FullName, TypeReferences.NameOf(used), TypeReferences.NamespaceOf(used), TypeReferences.AssemblyOf(used)))
                .Where(use => use.Assembly != type.Module.Assembly.Name.Name));

    private sealed record Use(string Type, string Used, string Namespace, string Assembly);
}
