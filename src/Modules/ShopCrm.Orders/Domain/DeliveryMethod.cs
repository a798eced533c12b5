namespace ShopCrm.Orders.Domain;

public enum DeliveryMethod
{
    Courier,
    ParcelLocker,
    Post,

    // Handed over in the store: no carrier and no tracking number.
    StorePickup,
}
