namespace ShopCrm.Catalog.Services.Duplicates;

public sealed record ProductMergeResult(bool Succeeded, string? Error)
{
    public static ProductMergeResult Ok { get; } = new(true, null);

    public static ProductMergeResult Fail(string error) => new(false, error);
}
