namespace ShopCrm.Core.Imports;

public sealed record ImportProgress(bool Writing, int Done, int Total);
