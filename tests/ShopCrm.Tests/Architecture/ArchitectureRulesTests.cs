using Mono.Cecil;
using ShopCrm.Tests.Architecture.Fixtures.Handlers;
using ShopCrm.Tests.Architecture.Fixtures.Pages;

namespace ShopCrm.Tests.Architecture;

public class ArchitectureRulesTests
{
    private static readonly Lazy<ModuleDefinition> Tests = new(() => AssemblyDefinition.ReadAssembly(typeof(ArchitectureRulesTests).Assembly.Location).MainModule);

    [Fact]
    public void A_lower_module_using_a_higher_modules_internals_is_named_with_what_it_uses()
    {
        var page = new[] { Fixture<PageThatWritesOrders>() };

        Assert.Contains($"{typeof(PageThatWritesOrders).FullName} uses ShopCrm.Orders.Domain.Order, which is not in ShopCrm.Orders.Contracts",
            ArchitectureRules.CrossModuleUses("ShopCrm.Clients", page));
        Assert.Contains($"{typeof(PageThatWritesOrders).FullName} (ShopCrm.Clients) uses ShopCrm.Orders.Domain.Order (ShopCrm.Orders) against the dependency direction",
            ArchitectureRules.UsesAgainstDirection("ShopCrm.Clients", page));
    }

    [Fact]
    public void A_page_that_saves_or_deletes_through_the_context_is_caught()
    {
        var offences = ArchitectureRules.WritesThroughTheContext([Fixture<PageThatWritesOrders>()]).ToList();

        Assert.Contains(offences, o => o.Contains("SaveChangesAsync", StringComparison.Ordinal));
        Assert.Contains(offences, o => o.Contains("ExecuteDeleteAsync", StringComparison.Ordinal));
    }

    [Fact]
    public void A_higher_module_hearing_a_contract_event_is_fine()
    {
        var handler = new[] { Fixture<HandlerThatHearsOrders>() };

        Assert.Empty(ArchitectureRules.CrossModuleUses("ShopCrm.Campaigns", handler));
        Assert.Empty(ArchitectureRules.UsesAgainstDirection("ShopCrm.Campaigns", handler));
        Assert.Empty(ArchitectureRules.WritesThroughTheContext(handler));
        Assert.NotEmpty(ArchitectureRules.UsesAgainstDirection("ShopCrm.Catalog", handler));
    }

    private static TypeDefinition Fixture<T>() => Tests.Value.GetType(typeof(T).FullName);
}
