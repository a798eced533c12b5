namespace ShopCrm.Orders.Api;

public sealed record SiteAddressDto(string? Street, string? PostalCode, string? City, string? Country);
