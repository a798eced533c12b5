namespace ShopCrm.Catalog.Domain;

// A line of a supplier's last imported price list; a new card can be filled from it by supplier code.
internal sealed class PriceListLine
{
    public long Id { get; init; }

    public int SupplierId { get; init; }

    public required string SupplierCode { get; init; }

    public required string Name { get; init; }

    public string? Ean { get; init; }

    public string? BrandName { get; init; }

    public long PurchasePriceMinor { get; init; }

    public long? SuggestedNetPriceMinor { get; init; }

    public int? WeightGrams { get; init; }

    public string? Description { get; init; }

    public DateTime ImportedAt { get; init; }
}
