namespace ShopCrm.Orders.Pages;

// A line on the order form before the order is saved; prices are shown as the card has them now.
public sealed class EditorLine
{
    public int ProductId { get; init; }

    public string Sku { get; init; } = "";

    public string Name { get; init; } = "";

    public long UnitNetMinor { get; init; }

    public int VatRatePercent { get; init; }

    public int Quantity { get; set; } = 1;

    public decimal Discount { get; set; }

    public bool BackorderAllowed { get; set; }
}
