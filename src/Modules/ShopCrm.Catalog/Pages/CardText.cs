using System.Globalization;
using Radzen;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Formatting;

namespace ShopCrm.Catalog.Pages;

// How the card pages write amounts and statuses, in one place.
internal static class CardText
{
    public static decimal ToMajor(long minor) => minor / 100m;

    public static long ToMinor(decimal major) => (long)Math.Round(major * 100m, MidpointRounding.AwayFromZero);

    public static string Status(ProductStatus status) => status switch
    {
        ProductStatus.Draft => "Draft",
        ProductStatus.Active => "Active",
        ProductStatus.Archived => "Archived",
        _ => status.ToString(),
    };

    public static BadgeStyle StatusStyle(ProductStatus status) => status switch
    {
        ProductStatus.Active => BadgeStyle.Success,
        ProductStatus.Archived => BadgeStyle.Base,
        _ => BadgeStyle.Warning,
    };

    public static string Movement(StockMovementType type) => type.ToString();

    public static IReadOnlyDictionary<string, object> NamedInput(string label) => new Dictionary<string, object> { ["aria-label"] = label };
}
