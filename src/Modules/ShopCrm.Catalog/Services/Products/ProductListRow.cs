using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Services.Products;

internal sealed record ProductListRow
{
    public int Id { get; init; }

    public required string Sku { get; init; }

    public required string Name { get; init; }

    public string? Brand { get; init; }

    public required string Category { get; init; }

    public long GrossPriceMinor { get; init; }

    public required string Currency { get; init; }

    public int OnHand { get; init; }

    public int Available { get; init; }

    public int MinimumStock { get; init; }

    public int Completeness { get; init; }

    public ProductStatus Status { get; init; }

    public DateTime UpdatedAt { get; init; }
}
