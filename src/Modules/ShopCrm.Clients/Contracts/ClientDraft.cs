
namespace ShopCrm.Clients.Contracts;

public sealed record ClientDraft
{
    public ClientKind Kind { get; init; } = ClientKind.Person;

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? CompanyName { get; init; }

    public string? VatId { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Street { get; init; }

    public string? PostalCode { get; init; }

    public string? City { get; init; }

    public string Country { get; init; } = "PL";

    public DateOnly? BirthDate { get; init; }

    public ClientChannel Channel { get; init; } = ClientChannel.Phone;

    public string? SiteCustomerId { get; init; }

    public string PreferredLanguage { get; init; } = "pl";

    // Null leaves an existing client's consent as it is.
    public bool? MarketingConsent { get; init; }
}
