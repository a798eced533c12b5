using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Stock;

namespace ShopCrm.Catalog.Services.Products;

// What the model list, the CSV export and the benchmarks filter by. CategoryId includes its subcategories.
public sealed record ProductFilter(
    int? CategoryId = null,
    int? BrandId = null,
    int? TagId = null,
    StockState? Stock = null,
    int? CompletenessBelow = null,
    ProductStatus? Status = null,
    string? Search = null,
    bool IncludeMerged = false);
