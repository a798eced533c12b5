namespace ShopCrm.Orders.Domain;

// Prices are copied from the card when the line is written, so later price changes never move an order.
// All amounts are net minor units except GrossMinor; the order discount is spread over the lines
// (OrderDiscountShareMinor) so that VAT per rate stays right.
public sealed class OrderLine
{
    public long Id { get; init; }

    public long OrderId { get; init; }

    public int Position { get; set; }

    public int ProductId { get; set; }

    public required string Sku { get; set; }

    public required string Name { get; set; }

    public int Quantity { get; set; }

    public long UnitNetMinor { get; set; }

    public long UnitGrossMinor { get; set; }

    public int VatRatePercent { get; set; }

    public long LineDiscountMinor { get; set; }

    public long OrderDiscountShareMinor { get; set; }

    public long NetMinor { get; set; }

    public long VatMinor { get; set; }

    public long GrossMinor { get; set; }

    // The manager accepted that this line may be confirmed without stock; it is reserved when stock arrives.
    public bool BackorderAllowed { get; set; }

    // Set when confirmation found no stock for an allowed backorder.
    public bool OnBackorder { get; set; }

    // Where the stock was reserved; null until confirmation (or while on backorder).
    public int? WarehouseId { get; set; }

    public int ReturnedQuantity { get; set; }

    // The gross of the units the customer kept; the returned units take their share rounded like the refund.
    public long KeptGrossMinor => GrossMinor - ReturnedGross(ReturnedQuantity);

    public long ReturnedGross(int quantity) => quantity >= Quantity ? GrossMinor : GrossMinor * quantity / Quantity;
}
