namespace ShopCrm.Orders.Domain;

// Goods that came back, whole order or some units. RefundDueMinor is the gross of the returned units less
// what went back onto a gift card.
public sealed class OrderReturn
{
    public long Id { get; init; }

    public long OrderId { get; init; }

    public DateTime At { get; init; }

    public required string RecordedBy { get; init; }

    public string? Reason { get; init; }

    public long RefundDueMinor { get; init; }

    public long CertificateRefundMinor { get; init; }

    public List<OrderReturnLine> Lines { get; init; } = [];
}
