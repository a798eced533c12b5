using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Services.Duplicates;

// A client's own values as they were before a merge changed them.
public sealed record ClientSnapshot(
    ClientKind Kind,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    string? VatId,
    string DisplayName,
    string? Email,
    string? NormalizedEmail,
    string? Phone,
    string? NormalizedPhone,
    string? Street,
    string? PostalCode,
    string? City,
    string Country,
    string? Region,
    DateOnly? BirthDate,
    string PreferredLanguage,
    bool Consent,
    string? SiteCustomerId);
