namespace ShopCrm.Catalog.Pages;

// One side of the comparison dialog.
internal sealed record DuplicateCard(
    int Id,
    string Sku,
    string? Ean,
    string Name,
    string? Brand,
    string Category,
    ShopCrm.Catalog.Domain.ProductStatus Status,
    long GrossPriceMinor,
    string Currency,
    int OnHand,
    int Available,
    int Completeness,
    IReadOnlyList<string> Suppliers,
    IReadOnlyList<string> Tags,
    int Specifications,
    int Images,
    int Links,
    DateTime UpdatedAt);
