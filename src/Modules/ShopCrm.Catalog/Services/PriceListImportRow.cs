namespace ShopCrm.Catalog.Services;

internal sealed record PriceListImportRow(
    int Line,
    string SupplierCode,
    string Name,
    string? Ean,
    string? BrandName,
    long PurchaseMinor,
    long? SuggestedNetMinor,
    int? WeightGrams,
    string? Description);
