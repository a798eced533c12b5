using ShopCrm.Core.Auditing;

namespace ShopCrm.Catalog.Domain;

public sealed class Supplier : IAudited
{
    public int Id { get; init; }

    public required string Name { get; set; }

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public int LeadTimeDays { get; set; } = 7;

    public long MinimumOrderMinor { get; set; }

    public string Currency { get; set; } = "PLN";

    public string? Notes { get; set; }

    public bool IsActive { get; set; } = true;

    public int Version { get; set; }
}
