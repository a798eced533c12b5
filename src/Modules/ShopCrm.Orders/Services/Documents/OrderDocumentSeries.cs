using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services.Documents;

// The number series of each document type; each counts from 1 every year ("FV/2026/00001").
public static class OrderDocumentSeries
{
    public static string Of(OrderDocumentType type) => type switch
    {
        OrderDocumentType.Invoice => "FV",
        OrderDocumentType.CorrectionInvoice => "KOR",
        OrderDocumentType.DeliveryNote => "WZ",
        OrderDocumentType.ServiceAcceptance => "PP",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
