namespace ShopCrm.Clients.Services.Duplicates;

public sealed record ClientMergeResult(string? Error)
{
    public static readonly ClientMergeResult Ok = new((string?)null);

    public bool Succeeded => Error is null;

    public static ClientMergeResult Fail(string error) => new(error);
}
