using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopCrm.Clients.Services.Segments;

// The conditions of a segment. Every condition that is set must hold (AND); a list means "any of"
// (born in September or October). Dates are days in the shop's time zone, both ends included.
public sealed record SegmentDefinition
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    // Catalog tags (fishing purposes such as carp fishing) the client is interested in.
    public IReadOnlyList<int> InterestTagIds { get; init; } = [];

    // Catalog categories the client is interested in, a category's subtree included.
    public IReadOnlyList<int> InterestCategoryIds { get; init; } = [];

    // Manual client tags.
    public IReadOnlyList<int> ClientTagIds { get; init; } = [];

    public bool? IsVip { get; init; }

    public bool? IsLost { get; init; }

    public bool? IsLousy { get; init; }

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<int> BirthMonths { get; init; } = [];

    // One bought model must match every part that is set: brand, supplier, category subtree, period.
    public int? BoughtBrandId { get; init; }

    public int? BoughtSupplierId { get; init; }

    public int? BoughtCategoryId { get; init; }

    public DateOnly? BoughtFrom { get; init; }

    public DateOnly? BoughtTo { get; init; }

    public int? MinOrders { get; init; }

    public int? MaxOrders { get; init; }

    public long? MinTotalMinor { get; init; }

    public long? MaxTotalMinor { get; init; }

    public DateOnly? LastOrderFrom { get; init; }

    public DateOnly? LastOrderTo { get; init; }

    public bool? MarketingConsent { get; init; }

    [JsonIgnore]
    public bool HasPurchaseCondition =>
        BoughtBrandId is not null || BoughtSupplierId is not null || BoughtCategoryId is not null || BoughtFrom is not null || BoughtTo is not null;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SegmentDefinition FromJson(string json) => JsonSerializer.Deserialize<SegmentDefinition>(json, Json) ?? new SegmentDefinition();
}
