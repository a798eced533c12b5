namespace ShopCrm.Orders.Api;

public sealed record SiteCustomerDto(
    string? SiteCustomerId,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    string? VatId,
    string? Email,
    string? Phone,
    bool? MarketingConsent);
