using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services;

// Keeps its name until Orders (which names it) moves to Result<T>.
public sealed record StockResult<T>(T? Value, Error? Error)
{
    public bool Succeeded => Error is null;

    public static StockResult<T> Ok(T value) => new(value, null);

    public static StockResult<T> Fail(Error error) => new(default, error);
}
