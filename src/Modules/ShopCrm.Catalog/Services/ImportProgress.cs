namespace ShopCrm.Catalog.Services;

public sealed record ImportProgress(bool Writing, int Done, int Total);
