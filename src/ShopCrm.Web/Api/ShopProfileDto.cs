namespace ShopCrm.Web.Api;

public sealed record ShopProfileDto(string Name, string Email, string Phone, string Currency, string TimeZone, string Culture);
