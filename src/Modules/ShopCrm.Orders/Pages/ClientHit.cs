namespace ShopCrm.Orders.Pages;

public sealed record ClientHit(int Id, string Name, string? Email, string? Phone, string? City);
