using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Money;

namespace ShopCrm.Catalog.Domain;

// A model (product card). GrossPriceMinor is derived from the net price by the one VAT rule (Vat.GrossOf)
// and stored so that lists sort and filter by it in SQL. Completeness is recomputed on every save.
public sealed class Product : IAudited
{
    public int Id { get; init; }

    public required string Sku { get; set; }

    public string? Ean { get; set; }

    public required string Name { get; set; }

    // Lower case, no diacritics or punctuation, single spaces: what duplicate search compares.
    public string NormalizedName { get; set; } = "";

    public int? BrandId { get; set; }

    public Brand? Brand { get; set; }

    public int CategoryId { get; set; }

    public Category? Category { get; set; }

    public int? SeriesId { get; set; }

    public ProductSeries? Series { get; set; }

    public string? Description { get; set; }

    // One address per line.
    public string? VideoLinks { get; set; }

    public long NetPriceMinor { get; set; }

    public int VatRatePercent { get; set; } = Vat.StandardRate;

    public long GrossPriceMinor { get; set; }

    public long? PurchasePriceMinor { get; set; }

    public string Currency { get; set; } = "PLN";

    public int? WeightGrams { get; set; }

    public ProductStatus Status { get; set; } = ProductStatus.Draft;

    // Threshold for restock across all warehouses; ProductStock.MinimumStock overrides it per warehouse.
    public int MinimumStock { get; set; }

    // On hand minus reserved over all warehouses: a cache of the ProductStocks rows, moved by StockLedger in
    // the same transaction, so that lists filter and count by availability through one index instead of
    // summing every model's stock rows (StockLedgerCheck recomputes it).
    public int AvailableStock { get; set; }

    // 0-100, and what is missing in words ("description; 1 image; specification Length").
    public int Completeness { get; set; }

    public string? MissingParts { get; set; }

    // Set when the Owner published the card although it was incomplete.
    public bool PublishedIncomplete { get; set; }

    // A duplicate merged into another card stays (archived) so old links and documents still resolve.
    public int? MergedIntoId { get; set; }

    public DateTime CreatedAt { get; init; }

    // Moves on every change the site must see (card, price, stock): the feed's changed-since cursor.
    public DateTime UpdatedAt { get; set; }

    // Two people editing one card: the second save fails instead of overwriting.
    public int Version { get; set; }
}
