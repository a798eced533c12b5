namespace ShopCrm.Orders;

// Orders paid online or by bank transfer that stay unpaid: a reminder after ReminderAfterDays, cancellation
// after CancelAfterDays, both counted from placing. Cash on delivery and cash in the store are never chased.
public sealed class UnpaidOrderOptions
{
    public const string Section = "Orders:Unpaid";

    public bool Enabled { get; set; } = true;

    public int ReminderAfterDays { get; set; } = 3;

    public int CancelAfterDays { get; set; } = 7;
}
