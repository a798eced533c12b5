namespace ShopCrm.Catalog.Services.Search;

public sealed record OptionValueCount(string Value, int Count);
