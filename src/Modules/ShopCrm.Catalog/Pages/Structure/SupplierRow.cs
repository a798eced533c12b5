namespace ShopCrm.Catalog.Pages.Structure;

internal sealed class SupplierRow
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public string? ContactName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public int LeadTimeDays { get; init; }

    public long MinimumOrderMinor { get; init; }

    public required string Currency { get; init; }

    public bool IsActive { get; init; }

    public int Models { get; init; }
}
