namespace ShopCrm.Catalog.Services.Search;

internal sealed record OptionValueCount(string Value, int Count);
