namespace ShopCrm.Catalog.Pages;

public sealed record ImportedModelRow
{
    public int Id { get; init; }

    public required string Sku { get; init; }

    public required string Name { get; init; }

    public string? Brand { get; init; }

    public required string Category { get; init; }

    public long GrossPriceMinor { get; init; }

    public required string Currency { get; init; }
}
