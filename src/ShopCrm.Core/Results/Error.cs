namespace ShopCrm.Core.Results;

// Why something was refused, as the person (or the e-shop) is told; messages are shown as they are. Fields
// name the inputs a message belongs next to ("Email", "Lines[0].Quantity"); without them the message is
// for the whole form.
public sealed record Error(string Code, string Message, IReadOnlyDictionary<string, string>? Fields = null)
{
    public const string InvalidMessage = "Some fields need attention.";

    public string? MessageFor(string field) => Fields?.GetValueOrDefault(field);

    // The field the message belongs next to, for the errors that name one; null: the whole form.
    public string? Field => Fields?.Keys.FirstOrDefault();

    public static Error ForField(string code, string field, string message) =>
        new(code, message, new Dictionary<string, string> { [field] = message });

    public static Error Invalid(string field, string message) => ForField(ErrorCodes.Invalid, field, message);

    public static Error Invalid(IReadOnlyDictionary<string, string> fields) => new(ErrorCodes.Invalid, InvalidMessage, fields);
}
