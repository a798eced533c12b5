namespace ShopCrm.Orders.Api;

// An order from the e-shop. SiteOrderId is the shop's own id: sending the same order again returns the
// order already made. Guest orders keep the customer on the order only; otherwise the client is found
// or created. PaymentMethod: Online, CashOnDelivery, BankTransfer, CashInStore; DeliveryMethod: Courier,
// ParcelLocker, Post, StorePickup.
public sealed record SiteOrderDto(
    string? SiteOrderId,
    SiteCustomerDto? Customer,
    bool Guest,
    string? PaymentMethod,
    string? DeliveryMethod,
    string? Region,
    SiteAddressDto? DeliveryAddress,
    string? Notes,
    IReadOnlyList<SiteOrderLineDto>? Lines);
