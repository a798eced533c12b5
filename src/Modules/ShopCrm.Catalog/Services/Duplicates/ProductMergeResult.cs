namespace ShopCrm.Catalog.Services.Duplicates;

internal sealed record ProductMergeResult(bool Succeeded, string? Error)
{
    public static ProductMergeResult Ok { get; } = new(true, null);

    public static ProductMergeResult Fail(string error) => new(false, error);
}
