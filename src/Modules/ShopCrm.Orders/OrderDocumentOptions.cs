namespace ShopCrm.Orders;

public sealed class OrderDocumentOptions
{
    public const string Section = "Orders:Documents";

    // Days a bank-transfer invoice gives the customer to pay.
    public int PaymentTermDays { get; set; } = 14;
}
