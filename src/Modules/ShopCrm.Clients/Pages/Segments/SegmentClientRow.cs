namespace ShopCrm.Clients.Pages.Segments;

public sealed class SegmentClientRow
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

    public bool MarketingConsent { get; init; }
}
