using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Auditing;

namespace ShopCrm.Clients.Domain;

// One person or company. The primary e-mail and phone live here, normalized, so that search, uniqueness
// and the grid work on plain indexed columns; further contacts are separate rows. The statistics columns
// are a cache of the client's order facts, kept current by IClientOrderHistory and checked by a job.
public sealed class Client : IAudited
{
    public int Id { get; init; }

    public ClientKind Kind { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    public string? VatId { get; set; }

    // "Jan Kowalski" or the company name: what lists show and sort by.
    public string DisplayName { get; set; } = "";

    // Lower case, no diacritics or punctuation: what search and duplicate detection compare.
    public string NormalizedName { get; set; } = "";

    public string? Email { get; set; }

    // Trimmed, lower case; unique among active clients.
    public string? NormalizedEmail { get; set; }

    public string? Phone { get; set; }

    // E.164 (+48601234567).
    public string? NormalizedPhone { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string Country { get; set; } = "PL";

    // Derived from the postal code (a voivodeship in Poland).
    public string? Region { get; set; }

    public DateOnly? BirthDate { get; set; }

    // Stored apart from the date so segments filter on an indexed number.
    public int? BirthMonth { get; set; }

    public ClientChannel Channel { get; set; }

    // The e-shop's own id for this customer: registrations are idempotent by it.
    public string? SiteCustomerId { get; set; }

    public string PreferredLanguage { get; set; } = "pl";

    public bool MarketingConsent { get; set; }

    public ClientStatus Status { get; set; } = ClientStatus.Active;

    public int? MergedIntoId { get; set; }

    public DateTime RegisteredAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int CompletedOrders { get; set; }

    public long TotalSpentMinor { get; set; }

    public long AverageCheckMinor { get; set; }

    public DateTime? FirstOrderAt { get; set; }

    public DateTime? LastOrderAt { get; set; }

    // Cash-on-delivery parcels the client refused or sent back: what makes a client "lousy".
    public int RefusedParcels { get; set; }

    public bool IsVip { get; set; }

    public bool IsLost { get; set; }

    public bool IsLousy { get; set; }

    // Recency, frequency and monetary quintiles, 1-5 each; 0 until the client has an order.
    public int RfmRecency { get; set; }

    public int RfmFrequency { get; set; }

    public int RfmMonetary { get; set; }

    // Two people editing one client: the second save fails instead of overwriting.
    public int Version { get; set; }
}
