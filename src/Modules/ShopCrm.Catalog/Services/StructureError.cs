namespace ShopCrm.Catalog.Services;

// Why an edit of the catalog's structure or of a supplier was refused. Field names the form field the
// message belongs next to (null: a message for the whole form); the messages are shown as they are.
public sealed record StructureError(string Code, string Message, string? Field = null)
{
    public static readonly StructureError NotFound = new("not-found", "This record no longer exists; someone may have deleted it. Reload the page.");

    public static StructureError Invalid(string field, string message) => new("invalid", message, field);

    public static StructureError Duplicate(string field, string message) => new("duplicate", message, field);

    public static StructureError InUse(string message) => new("in-use", message);
}
