using Radzen;
using ShopCrm.Core.Money;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;

namespace ShopCrm.Orders.Pages;

// How statuses, channels, payment and amounts read on the order pages.
public static class OrderText
{
    public static readonly string[] Carriers = ["DPD", "InPost", "DHL", "GLS", "UPS", "Poczta Polska", "FedEx"];

    public static string Status(OrderStatus status)
    {
        var text = OrderStatusText.Of(status);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static BadgeStyle StatusStyle(OrderStatus status) => status switch
    {
        OrderStatus.New => BadgeStyle.Info,
        OrderStatus.Confirmed or OrderStatus.Paid => BadgeStyle.Primary,
        OrderStatus.Assembly or OrderStatus.Packed => BadgeStyle.Warning,
        OrderStatus.Shipped or OrderStatus.Delivered => BadgeStyle.Success,
        OrderStatus.Cancelled or OrderStatus.Returned => BadgeStyle.Danger,
        _ => BadgeStyle.Base,
    };

    public static string Channel(OrderChannel channel) => channel switch
    {
        OrderChannel.Site => "E-shop",
        OrderChannel.Phone => "Phone",
        OrderChannel.Store => "Store",
        OrderChannel.SalesRep => "Sales rep",
        _ => channel.ToString(),
    };

    public static string Payment(PaymentMethod method) => method switch
    {
        PaymentMethod.Online => "Online payment",
        PaymentMethod.CashOnDelivery => "Cash on delivery",
        PaymentMethod.BankTransfer => "Bank transfer",
        PaymentMethod.CashInStore => "Cash in the store",
        _ => method.ToString(),
    };

    public static string PaymentState(PaymentState state) => state switch
    {
        Domain.PaymentState.Unpaid => "Unpaid",
        Domain.PaymentState.Paid => "Paid",
        Domain.PaymentState.RefundDue => "Refund due",
        Domain.PaymentState.Refunded => "Refunded",
        _ => state.ToString(),
    };

    public static string Delivery(DeliveryMethod method) => method switch
    {
        DeliveryMethod.Courier => "Courier",
        DeliveryMethod.ParcelLocker => "Parcel locker",
        DeliveryMethod.Post => "Post",
        DeliveryMethod.StorePickup => "Pickup in the store",
        _ => method.ToString(),
    };

    // The button that moves an order to a status says what the person does.
    public static string Action(OrderStatus to) => to switch
    {
        OrderStatus.Confirmed => "Confirm (reserve stock)",
        OrderStatus.Paid => "Mark paid",
        OrderStatus.Assembly => "Send to assembly",
        OrderStatus.Packed => "Mark packed",
        OrderStatus.Shipped => "Ship",
        OrderStatus.Delivered => "Mark delivered",
        OrderStatus.Cancelled => "Cancel order",
        OrderStatus.Returned => "Record return",
        _ => to.ToString(),
    };

    public static string PricedFrom(PriceBasis basis) => basis == PriceBasis.Gross
        ? "Shelf prices: VAT computed from the gross"
        : "Agreed net prices: VAT computed from the net";

    // Discounts are amounts in the order's price basis.
    public static string BasisWord(PriceBasis basis) => basis == PriceBasis.Gross ? "gross" : "net";

    public static string Document(OrderDocumentType type) => type switch
    {
        OrderDocumentType.Invoice => "Invoice",
        OrderDocumentType.CorrectionInvoice => "Correction invoice",
        OrderDocumentType.DeliveryNote => "Delivery note",
        OrderDocumentType.ServiceAcceptance => "Act of acceptance",
        _ => type.ToString(),
    };
}
