namespace ShopCrm.Orders.Api;

// An order from the e-shop. SiteOrderId is the shop's own id: sending the same order again returns the
// order already made. Guest orders keep the customer on the order only; otherwise the client is found
// or created. PaymentMethod: Online, CashOnDelivery, BankTransfer, CashInStore; DeliveryMethod: Courier,
// ParcelLocker, Post, StorePickup. CertificateCode: a gift card that pays part of the order; a code that
// cannot pay refuses the whole order (422 on certificateCode), so the shop can ask the customer again.
public sealed record SiteOrderDto(
    string? SiteOrderId,
    SiteCustomerDto? Customer,
    bool Guest,
    string? PaymentMethod,
    string? DeliveryMethod,
    string? Region,
    SiteAddressDto? DeliveryAddress,
    string? Notes,
    IReadOnlyList<SiteOrderLineDto>? Lines,
    string? CertificateCode = null);
