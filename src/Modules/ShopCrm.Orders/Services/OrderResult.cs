namespace ShopCrm.Orders.Services;

public sealed record OrderResult<T>(T? Value, OrderError? Error)
{
    public bool Succeeded => Error is null;

    public static OrderResult<T> Ok(T value) => new(value, null);

    public static OrderResult<T> Fail(OrderError error) => new(default, error);
}
