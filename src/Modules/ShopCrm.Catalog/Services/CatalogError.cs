using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services;

// What a person is told when a card cannot be saved; a field's message comes from Error.Invalid.
public static class CatalogError
{
    public static readonly Error Conflict = new(
        ErrorCodes.Conflict, "Someone else saved this card while you were editing it. Nothing of yours was saved: reload the card to see their changes, then make yours again.");

    public static readonly Error NotFound = new(ErrorCodes.NotFound, "This card no longer exists.");

    public static readonly Error PricesNotAllowed = new(
        "prices-not-allowed", "You may not change prices; ask someone who sets prices. Nothing was saved.");
}
