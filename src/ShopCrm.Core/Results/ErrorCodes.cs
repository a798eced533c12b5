namespace ShopCrm.Core.Results;

// The codes every module uses for the same kind of refusal, so that an endpoint or a page can react to a
// code (404, 409, a message next to a field) without knowing which module refused. Modules add their own
// codes for refusals that are theirs alone ("insufficient", "expired").
public static class ErrorCodes
{
    public const string NotFound = "not-found";
    public const string Conflict = "conflict";
    public const string Invalid = "invalid";
    public const string Forbidden = "forbidden";
    public const string Duplicate = "duplicate";
    public const string InUse = "in-use";
}
