using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services;

// Why an edit of the catalog's structure or of a supplier was refused. Field names the form field the
// message belongs next to (null: a message for the whole form); the messages are shown as they are.
public static class StructureError
{
    public static readonly Error NotFound = new(ErrorCodes.NotFound, "This record no longer exists; someone may have deleted it. Reload the page.");

    public static Error Invalid(string field, string message) => Error.Invalid(field, message);

    public static Error Duplicate(string field, string message) => Error.ForField(ErrorCodes.Duplicate, field, message);

    public static Error InUse(string message) => new(ErrorCodes.InUse, message);
}
