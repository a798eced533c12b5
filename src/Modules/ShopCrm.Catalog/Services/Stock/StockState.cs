namespace ShopCrm.Catalog.Services.Stock;

public enum StockState
{
    // Something is available to sell.
    InStock = 0,

    // Available, but at or below the model's minimum.
    Low = 1,

    // Nothing available (all on hand is reserved, or nothing on hand).
    OutOfStock = 2,
}
