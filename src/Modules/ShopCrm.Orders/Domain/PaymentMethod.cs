namespace ShopCrm.Orders.Domain;

public enum PaymentMethod
{
    Online,
    CashOnDelivery,
    BankTransfer,
    CashInStore,
}
