using ShopCrm.Catalog.Contracts;

namespace ShopCrm.Catalog.Services;

// A target field of an import; Aliases are normalized headers (ProductNames.Normalize) it is guessed from.
public sealed record ImportField(string Key, string Label, bool Required, IReadOnlyList<string> Aliases);
