namespace ShopCrm.Orders.Pages;

// IsCompany: a company client, whose orders a sales representative takes net (OrderPriceBasis).
public sealed record ClientHit(int Id, string Name, string? Email, string? Phone, string? City, bool IsCompany = false);
