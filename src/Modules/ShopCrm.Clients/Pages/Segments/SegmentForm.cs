using ShopCrm.Clients.Services.Segments;

namespace ShopCrm.Clients.Pages.Segments;

// The builder's editable copy of a definition: lists the drop-downs can bind to, amounts in złoty.
public sealed class SegmentForm
{
    public IEnumerable<int> InterestTagIds { get; set; } = [];

    public IEnumerable<int> InterestCategoryIds { get; set; } = [];

    public IEnumerable<int> ClientTagIds { get; set; } = [];

    public bool? IsVip { get; set; }

    public bool? IsLost { get; set; }

    public bool? IsLousy { get; set; }

    public IEnumerable<string> Regions { get; set; } = [];

    public IEnumerable<int> BirthMonths { get; set; } = [];

    public int? BoughtBrandId { get; set; }

    public int? BoughtSupplierId { get; set; }

    public int? BoughtCategoryId { get; set; }

    public DateTime? BoughtFrom { get; set; }

    public DateTime? BoughtTo { get; set; }

    public int? MinOrders { get; set; }

    public int? MaxOrders { get; set; }

    public decimal? MinTotal { get; set; }

    public decimal? MaxTotal { get; set; }

    public DateTime? LastOrderFrom { get; set; }

    public DateTime? LastOrderTo { get; set; }

    public bool? MarketingConsent { get; set; }

    public static SegmentForm From(SegmentDefinition d) => new()
    {
        InterestTagIds = d.InterestTagIds,
        InterestCategoryIds = d.InterestCategoryIds,
        ClientTagIds = d.ClientTagIds,
        IsVip = d.IsVip,
        IsLost = d.IsLost,
        IsLousy = d.IsLousy,
        Regions = d.Regions,
        BirthMonths = d.BirthMonths,
        BoughtBrandId = d.BoughtBrandId,
        BoughtSupplierId = d.BoughtSupplierId,
        BoughtCategoryId = d.BoughtCategoryId,
        BoughtFrom = d.BoughtFrom?.ToDateTime(TimeOnly.MinValue),
        BoughtTo = d.BoughtTo?.ToDateTime(TimeOnly.MinValue),
        MinOrders = d.MinOrders,
        MaxOrders = d.MaxOrders,
        MinTotal = d.MinTotalMinor / 100m,
        MaxTotal = d.MaxTotalMinor / 100m,
        LastOrderFrom = d.LastOrderFrom?.ToDateTime(TimeOnly.MinValue),
        LastOrderTo = d.LastOrderTo?.ToDateTime(TimeOnly.MinValue),
        MarketingConsent = d.MarketingConsent,
    };

    public SegmentDefinition ToDefinition() => new()
    {
        InterestTagIds = [.. InterestTagIds ?? []],
        InterestCategoryIds = [.. InterestCategoryIds ?? []],
        ClientTagIds = [.. ClientTagIds ?? []],
        IsVip = IsVip,
        IsLost = IsLost,
        IsLousy = IsLousy,
        Regions = [.. Regions ?? []],
        BirthMonths = [.. BirthMonths ?? []],
        BoughtBrandId = BoughtBrandId,
        BoughtSupplierId = BoughtSupplierId,
        BoughtCategoryId = BoughtCategoryId,
        BoughtFrom = Day(BoughtFrom),
        BoughtTo = Day(BoughtTo),
        MinOrders = MinOrders,
        MaxOrders = MaxOrders,
        MinTotalMinor = Minor(MinTotal),
        MaxTotalMinor = Minor(MaxTotal),
        LastOrderFrom = Day(LastOrderFrom),
        LastOrderTo = Day(LastOrderTo),
        MarketingConsent = MarketingConsent,
    };

    private static DateOnly? Day(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    private static long? Minor(decimal? amount) => amount is { } a ? (long)Math.Round(a * 100m, MidpointRounding.AwayFromZero) : null;
}
