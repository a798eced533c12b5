using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;

namespace ShopCrm.Clients.Pages;

// What the client form binds to; becomes a ClientDraft when saved.
public sealed class ClientFormModel
{
    public ClientKind Kind { get; set; } = ClientKind.Person;

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    public string? VatId { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public DateTime? BirthDate { get; set; }

    public ClientChannel Channel { get; set; } = ClientChannel.Phone;

    public bool MarketingConsent { get; set; }

    public static ClientFormModel From(Client client) => new()
    {
        Kind = client.Kind,
        FirstName = client.FirstName,
        LastName = client.LastName,
        CompanyName = client.CompanyName,
        VatId = client.VatId,
        Email = client.Email,
        Phone = client.Phone,
        Street = client.Street,
        PostalCode = client.PostalCode,
        City = client.City,
        BirthDate = client.BirthDate?.ToDateTime(TimeOnly.MinValue),
        Channel = client.Channel,
        MarketingConsent = client.MarketingConsent,
    };

    // Only a new client's ticked consent is recorded here; on the card the consent changes through its
    // own action, which records the source.
    public ClientDraft ToDraft(bool withConsent) => new()
    {
        Kind = Kind,
        FirstName = FirstName,
        LastName = LastName,
        CompanyName = CompanyName,
        VatId = VatId,
        Email = Email,
        Phone = Phone,
        Street = Street,
        PostalCode = PostalCode,
        City = City,
        BirthDate = BirthDate is { } date ? DateOnly.FromDateTime(date) : null,
        Channel = Channel,
        MarketingConsent = withConsent && MarketingConsent ? true : null,
    };
}
