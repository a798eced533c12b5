namespace ShopCrm.Catalog.Services;

// Error is a sentence for the person who clicked, shown as it is.
public sealed record RestockResult<T>(T? Value, string? Error)
{
    public bool Succeeded => Error is null;

    public static RestockResult<T> Ok(T value) => new(value, null);

    public static RestockResult<T> Fail(string error) => new(default, error);
}
