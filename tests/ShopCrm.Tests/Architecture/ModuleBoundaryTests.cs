using System.Reflection;
using NetArchTest.Rules;

namespace ShopCrm.Tests.Architecture;

public class ModuleBoundaryTests
{
    public static TheoryData<string> Assemblies()
    {
        var data = new TheoryData<string>();
        foreach (var assembly in ShopAssemblies.All)
        {
            data.Add(assembly.Name.Name);
        }

        return data;
    }

    // Core has no pages or endpoints (its Api namespace is the API keys' service).
    public static TheoryData<string> ModulesAndHost()
    {
        var data = new TheoryData<string>();
        foreach (var assembly in ShopAssemblies.All.Where(a => a.Name.Name != ShopAssemblies.Core))
        {
            data.Add(assembly.Name.Name);
        }

        return data;
    }

    [Fact]
    public void Every_app_assembly_has_a_place_in_the_dependency_direction()
    {
        var known = ShopAssemblies.All.Select(a => a.Name.Name).ToHashSet();
        var unplaced = Directory.GetFiles(AppContext.BaseDirectory, "ShopCrm.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is not "ShopCrm.Tests" && !known.Contains(name!))
            .ToList();

        Assert.True(unplaced.Count == 0, $"Give these assemblies a layer in ShopAssemblies.Layers: {string.Join(", ", unplaced)}");
        Assert.Contains(ShopAssemblies.Core, known);
        Assert.Contains("ShopCrm.Orders", known);
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void A_module_uses_other_modules_only_through_their_contracts(string assembly)
    {
        var offences = ArchitectureRules.CrossModuleUses(assembly, TypesOf(assembly)).ToList();

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Dependencies_point_one_way_towards_Core(string assembly)
    {
        var forbidden = ShopAssemblies.All.Select(a => a.Name.Name)
            .Where(other => other != assembly && !ShopAssemblies.MayDependOn(assembly, other))
            .ToArray();
        if (forbidden.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(Assembly.Load(assembly)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        var offences = ArchitectureRules.UsesAgainstDirection(assembly, TypesOf(assembly)).ToList();
        Assert.True(result.IsSuccessful && offences.Count == 0, string.Join(Environment.NewLine, offences.DefaultIfEmpty($"{assembly} depends on one of {string.Join(", ", forbidden)}")));
    }

    [Theory]
    [MemberData(nameof(ModulesAndHost))]
    public void Pages_and_endpoints_write_only_through_services(string assembly)
    {
        var offences = ArchitectureRules.WritesThroughTheContext(TypesOf(assembly))
            .Where(offence => !PagesThatStillWriteThroughTheContext.Any(page => offence.StartsWith(page + " ", StringComparison.Ordinal)))
            .ToList();

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    // Pages and endpoints that wrote through the context when this test came; each is to move its writes
    // into a service. Never add to it.
    private static readonly string[] PagesThatStillWriteThroughTheContext =
    [
    ];

    private static IEnumerable<Mono.Cecil.TypeDefinition> TypesOf(string assembly) =>
        ShopAssemblies.All.Single(a => a.Name.Name == assembly).MainModule.Types;
}
