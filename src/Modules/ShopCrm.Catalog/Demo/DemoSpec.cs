using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Demo;

internal sealed record DemoSpec(string Name, SpecificationKind Kind, string? Unit = null, bool Required = false, string? Options = null)
{
    public static DemoSpec Number(string name, string? unit, bool required = true) => new(name, SpecificationKind.Number, unit, required);

    public static DemoSpec Option(string name, string options, bool required = true) => new(name, SpecificationKind.Option, null, required, options.Replace("|", "\n", StringComparison.Ordinal));

    public static DemoSpec Text(string name, bool required = false) => new(name, SpecificationKind.Text, null, required);

    public static DemoSpec YesNo(string name, bool required = false) => new(name, SpecificationKind.YesNo, null, required);
}
