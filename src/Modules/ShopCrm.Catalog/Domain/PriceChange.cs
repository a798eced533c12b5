namespace ShopCrm.Catalog.Domain;

internal sealed class PriceChange
{
    public long Id { get; init; }

    public int ProductId { get; init; }

    public DateTime At { get; init; }

    public required string UserName { get; init; }

    public long? OldNetMinor { get; init; }

    public long NewNetMinor { get; init; }

    public int VatRatePercent { get; init; }

    public long? OldPurchaseMinor { get; init; }

    public long? NewPurchaseMinor { get; init; }
}
