using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Services.Restock;

// How restock alerts and purchase orders are named on pages and in mails.
internal static class RestockText
{
    public static string Reason(RestockReason reason) => reason switch
    {
        RestockReason.BelowMinimum => "Below minimum",
        RestockReason.RunsOutBeforeDelivery => "Runs out before delivery",
        _ => reason.ToString(),
    };

    public static string Status(PurchaseOrderStatus status) => status switch
    {
        PurchaseOrderStatus.Draft => "Not sent",
        PurchaseOrderStatus.Sent => "Sent",
        PurchaseOrderStatus.Received => "Received",
        PurchaseOrderStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string Speed(double perDay) => perDay.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
