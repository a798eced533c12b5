using ShopCrm.Core.Auditing;

namespace ShopCrm.Clients.Domain;

// The Owner's thresholds for the automatic categories; one row (Id 1). Amounts in minor units.
public sealed class ClientCategoryRules : IAudited
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    // VIP: spent at least this much, or completed at least this many orders.
    public long VipTotalMinor { get; set; } = 500_000;

    public int VipCompletedOrders { get; set; } = 10;

    // Lost: had completed orders but none placed for this many days.
    public int LostAfterDays { get; set; } = 365;

    // Lousy: refused or sent back at least this many cash-on-delivery parcels.
    public int LousyRefusedParcels { get; set; } = 2;

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }
}
