namespace ShopCrm.Catalog.Demo;

// A node of the demo category tree with its own specification definitions; leaves name the kind of
// model (DemoModelKind) they are filled with.
internal sealed record DemoCategory(string Name, DemoSpec[] Specs, DemoCategory[] Children, string? Kind = null)
{
    public static DemoCategory Leaf(string name, string kind, params DemoSpec[] specs) => new(name, specs, [], kind);

    public static DemoCategory Branch(string name, DemoSpec[] specs, params DemoCategory[] children) => new(name, specs, children);
}
