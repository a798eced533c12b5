using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Duplicates;

internal static class ProductMergeError
{
    public static readonly Error IntoItself = new(ErrorCodes.Invalid, "A card cannot be merged into itself.");
    public static readonly Error NotFound = new(ErrorCodes.NotFound, "One of the cards no longer exists.");
    public static readonly Error AlreadyMerged = new("merged", "One of the cards has already been merged into another card.");
    public static readonly Error StockChanged = new(ErrorCodes.Conflict, "Stock of the duplicate changed while merging. Nothing was merged; please try again.");
    public static readonly Error Conflict = new(ErrorCodes.Conflict, "Someone changed one of the cards meanwhile. Nothing was merged; open the pair again and retry.");
}
