namespace ShopCrm.Catalog.Services.Completeness;

// What a card has, as far as completeness is concerned.
internal sealed record CompletenessFacts(
    bool HasDescription,
    int ImageCount,
    int RequiredSpecifications,
    IReadOnlyList<string> MissingRequiredSpecifications,
    bool HasPrice,
    bool HasSupplier);
