namespace ShopCrm.Catalog.Services.Search;

public sealed record FeedPrice(decimal Gross, decimal Net, int VatRatePercent, string Currency);
