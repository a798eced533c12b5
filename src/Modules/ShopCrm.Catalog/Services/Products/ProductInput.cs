using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Money;

namespace ShopCrm.Catalog.Services.Products;

// Everything the editor changes on a card, saved together so one Version check covers all of it.
// Prices are minor units (grosze); the gross price is not here: it is always derived from net and VAT.
internal sealed class ProductInput
{
    public string Sku { get; set; } = "";

    public string? Ean { get; set; }

    public string Name { get; set; } = "";

    public int? BrandId { get; set; }

    public int CategoryId { get; set; }

    public int? SeriesId { get; set; }

    public string? Description { get; set; }

    public string? VideoLinks { get; set; }

    public long NetPriceMinor { get; set; }

    public int VatRatePercent { get; set; } = Vat.StandardRate;

    public long? PurchasePriceMinor { get; set; }

    public string Currency { get; set; } = "PLN";

    public int? WeightGrams { get; set; }

    public int MinimumStock { get; set; }

    // Raw values as typed, keyed by definition id; ProductService checks them against their kind.
    public Dictionary<int, string?> Specifications { get; set; } = [];

    public List<int> TagIds { get; set; } = [];

    public List<ProductLinkInput> Links { get; set; } = [];

    public List<SupplierLinkInput> Suppliers { get; set; } = [];

    public static ProductInput From(Product p) => new()
    {
        Sku = p.Sku,
        Ean = p.Ean,
        Name = p.Name,
        BrandId = p.BrandId,
        CategoryId = p.CategoryId,
        SeriesId = p.SeriesId,
        Description = p.Description,
        VideoLinks = p.VideoLinks,
        NetPriceMinor = p.NetPriceMinor,
        VatRatePercent = p.VatRatePercent,
        PurchasePriceMinor = p.PurchasePriceMinor,
        Currency = p.Currency,
        WeightGrams = p.WeightGrams,
        MinimumStock = p.MinimumStock,
    };
}
