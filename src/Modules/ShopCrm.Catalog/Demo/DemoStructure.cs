using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Demo;

// What the models are hung on once the structure is in the database: ids by the demo's names.
internal sealed class DemoStructure
{
    public Warehouse Main { get; set; } = default!;

    public Warehouse Shop { get; set; } = default!;

    // Per kind of model: its leaf category and every specification that applies to it, ancestors' first.
    public Dictionary<string, (Category Category, List<SpecificationDefinition> Definitions)> Leaves { get; } = [];

    public Dictionary<(string Brand, string Name), ProductSeries> Series { get; } = [];

    public Dictionary<string, Brand> Brands { get; set; } = [];

    public Dictionary<string, Tag> Tags { get; set; } = [];
}
