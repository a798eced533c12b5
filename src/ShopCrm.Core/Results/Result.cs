namespace ShopCrm.Core.Results;

// What a service answers for a change it was asked to make: the value it made, or why it refused.
public sealed record Result<T>(T? Value, Error? Error)
{
    public bool Succeeded => Error is null;

    public bool IsConflict => Error?.Code == ErrorCodes.Conflict;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(Error error) => new(default, error);

    public static implicit operator Result<T>(Error error) => Fail(error);

    public string? ErrorFor(string field) => Error?.MessageFor(field);
}
