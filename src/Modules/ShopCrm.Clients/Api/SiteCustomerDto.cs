namespace ShopCrm.Clients.Api;

// A customer as the e-shop registers or updates them. What is left out stays as it is.
public sealed record SiteCustomerDto(
    string? SiteCustomerId,
    string? Email,
    string? Phone,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    string? VatId,
    string? Street,
    string? PostalCode,
    string? City,
    string? Country,
    DateOnly? BirthDate,
    string? PreferredLanguage,
    bool? MarketingConsent);
