namespace ShopCrm.Catalog.Services.Search;

internal sealed record FeedPrice(decimal Gross, decimal Net, int VatRatePercent, string Currency);
