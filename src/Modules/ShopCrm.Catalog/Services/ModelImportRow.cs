using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Services;

// A checked row of a model import. A null value means "not in the file": an existing card keeps it.
// NetMinor is already derived from the gross price when only that was given.
internal sealed record ModelImportRow(
    int Line,
    string Sku,
    string? Name,
    string? Ean,
    int? BrandId,
    int? CategoryId,
    long? NetMinor,
    int? VatRate,
    long? PurchaseMinor,
    int? WeightGrams,
    string? Description,
    int? MinimumStock,
    ProductStatus? Status);
