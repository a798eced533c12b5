namespace ShopCrm.Catalog.Services;

public sealed record StockResult<T>(T? Value, StockError? Error)
{
    public bool Succeeded => Error is null;

    public static StockResult<T> Ok(T value) => new(value, null);

    public static StockResult<T> Fail(StockError error) => new(default, error);
}
