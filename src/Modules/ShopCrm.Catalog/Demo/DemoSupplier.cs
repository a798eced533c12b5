using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Demo;

// A demo supplier with what it carries: the kinds of models, and for a brand's importer, the brand.
internal sealed record DemoSupplier(Supplier Supplier, string? Brand, HashSet<string> Kinds)
{
    // Each supplier numbers its goods its own way: a prefix from its id and a running number.
    public string CodeFor(int number) => $"D{Supplier.Id:D3}-{number:D7}";
}
