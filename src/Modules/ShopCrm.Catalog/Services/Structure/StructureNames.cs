using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Structure;

// The one rule for the names of categories, brands, series, tags, interests and suppliers.
internal static class StructureNames
{
    public static string Clean(string? name) => string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static Error? Check(string name, string what, int maxLength = 100) => name switch
    {
        { Length: 0 } => StructureError.Invalid("Name", $"Give the {what} a name."),
        _ when name.Length > maxLength => StructureError.Invalid("Name", $"The name can have at most {maxLength} characters."),
        _ => null,
    };
}
