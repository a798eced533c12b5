namespace ShopCrm.Catalog.Services;

// What a person is told when a card cannot be saved; Field names the form field the message belongs
// next to (null: a message for the whole form, such as a conflict).
public sealed record CatalogError(string Code, string Message, string? Field = null)
{
    public const string ConflictCode = "conflict";

    public static readonly CatalogError Conflict = new(
        ConflictCode, "Someone else saved this card while you were editing it. Nothing of yours was saved: reload the card to see their changes, then make yours again.");

    public static readonly CatalogError NotFound = new("not-found", "This card no longer exists.");

    public static readonly CatalogError PricesNotAllowed = new(
        "prices-not-allowed", "You may not change prices; ask someone who sets prices. Nothing was saved.");

    public static CatalogError Invalid(string field, string message) => new("invalid", message, field);
}
