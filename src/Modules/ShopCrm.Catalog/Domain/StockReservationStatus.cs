namespace ShopCrm.Catalog.Domain;

public enum StockReservationStatus
{
    Reserved = 0,
    Released = 1,
    Committed = 2,
}
