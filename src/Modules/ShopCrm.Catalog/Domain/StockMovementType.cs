namespace ShopCrm.Catalog.Domain;

public enum StockMovementType
{
    Receipt = 0,
    Reservation = 1,
    Release = 2,
    Sale = 3,
    Return = 4,
    Adjustment = 5,
    TransferOut = 6,
    TransferIn = 7,
}
