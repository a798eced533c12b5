namespace ShopCrm.Catalog.Services;

public sealed record CatalogResult<T>(T? Value, IReadOnlyList<CatalogError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public bool IsConflict => Errors.Any(e => e.Code == CatalogError.ConflictCode);

    public static CatalogResult<T> Ok(T value) => new(value, []);

    public static CatalogResult<T> Fail(params CatalogError[] errors) => new(default, errors);

    public static CatalogResult<T> Fail(IReadOnlyList<CatalogError> errors) => new(default, errors);

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
