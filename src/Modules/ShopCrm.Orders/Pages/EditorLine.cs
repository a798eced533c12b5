namespace ShopCrm.Orders.Pages;

// A line on the order form before it is saved; prices are shown as the card has them now, or, for a line
// the order already has (LineId), as they were sold.
public sealed class EditorLine
{
    public long? LineId { get; init; }

    public int ProductId { get; init; }

    public string Sku { get; init; } = "";

    public string Name { get; init; } = "";

    public long UnitNetMinor { get; init; }

    public long UnitGrossMinor { get; init; }

    public int VatRatePercent { get; init; }

    public int Quantity { get; set; } = 1;

    public decimal Discount { get; set; }

    public bool BackorderAllowed { get; set; }
}
