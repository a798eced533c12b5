namespace ShopCrm.Orders.Domain;

// What the unpaid-order job has done to one order: the row is inserted when the reminder goes out, so a
// second run (or a second instance) finds it and sends nothing more.
public sealed class OrderPaymentReminder
{
    public long OrderId { get; init; }

    public DateTime RemindedAt { get; init; }

    public DateTime? CancelledAt { get; set; }
}
