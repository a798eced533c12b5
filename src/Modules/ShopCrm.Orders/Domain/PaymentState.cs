namespace ShopCrm.Orders.Domain;

public enum PaymentState
{
    Unpaid,
    Paid,

    // Cancelled or returned after the money came in: the shop owes the customer RefundDueMinor.
    RefundDue,
    Refunded,
}
