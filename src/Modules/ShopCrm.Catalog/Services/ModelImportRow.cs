using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Services;

// A checked row of a model import. A null value means "not in the file": an existing card keeps it.
// NetMinor is already derived from the gross price when only that was given; GrossMinor is the gross
// price as written in the file, kept when the price was set gross.
internal sealed record ModelImportRow(
    int Line,
    string Sku,
    string? Name,
    string? Ean,
    int? BrandId,
    int? CategoryId,
    long? NetMinor,
    long? GrossMinor,
    int? VatRate,
    long? PurchaseMinor,
    int? WeightGrams,
    string? Description,
    int? MinimumStock,
    ProductStatus? Status);
