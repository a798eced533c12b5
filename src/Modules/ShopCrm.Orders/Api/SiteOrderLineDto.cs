namespace ShopCrm.Orders.Api;

public sealed record SiteOrderLineDto(string? Sku, int Quantity);
