namespace ShopCrm.Clients.Api;

// Which customer (the e-shop's id or the e-mail) and, for a consent change, whether they now agree.
public sealed record SiteConsentDto(string? SiteCustomerId, string? Email, bool? Given, string? Note);
