namespace ShopCrm.Clients.Services;

// Member-initialized, so the grid's sorting and filtering by property name translate to SQL.
public sealed record ClientListRow
{
    public int Id { get; init; }

    public string DisplayName { get; init; } = "";

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public int CompletedOrders { get; init; }

    public long TotalSpentMinor { get; init; }

    public DateTime? LastOrderAt { get; init; }

    public bool IsVip { get; init; }

    public bool IsLost { get; init; }

    public bool IsLousy { get; init; }
}
