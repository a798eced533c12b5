using System.Globalization;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Pages.Structure;

internal static class StructureText
{
    public static readonly IReadOnlyList<SpecificationKind> Kinds = Enum.GetValues<SpecificationKind>();

    public static string Kind(SpecificationKind kind) => kind switch
    {
        SpecificationKind.Number => "Number",
        SpecificationKind.Text => "Text",
        SpecificationKind.Option => "Option list",
        SpecificationKind.YesNo => "Yes/no",
        _ => kind.ToString(),
    };

    public static long ToMinor(decimal amount) => (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);

    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    public static Dictionary<string, object> NamedInput(string label) => new() { ["aria-label"] = label };
}
