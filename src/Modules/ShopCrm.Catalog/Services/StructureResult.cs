namespace ShopCrm.Catalog.Services;

public sealed record StructureResult<T>(T? Value, StructureError? Error)
{
    public bool Succeeded => Error is null;

    public static StructureResult<T> Ok(T value) => new(value, null);

    public static StructureResult<T> Fail(StructureError error) => new(default, error);

    public static implicit operator StructureResult<T>(StructureError error) => Fail(error);
}
