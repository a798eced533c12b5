namespace ShopCrm.Core.Demo;

// Each module adds its demo data through one of these; Order puts them after the modules they build on.
public interface IDemoDataSeeder
{
    int Order { get; }

    string Name { get; }

    Task SeedAsync(DemoScale scale, CancellationToken ct);
}
