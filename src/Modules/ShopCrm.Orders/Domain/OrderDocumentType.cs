namespace ShopCrm.Orders.Domain;

public enum OrderDocumentType
{
    Invoice,
    CorrectionInvoice,
    DeliveryNote,
    ServiceAcceptance,
}
