namespace ShopCrm.Clients.Contracts;

// A client as other modules read it: who it is and where it lives, to show or to copy onto their own
// records (an order's customer and delivery address). Init properties, so a query can filter on them.
public sealed record ClientSummary
{
    public int Id { get; init; }

    public string DisplayName { get; init; } = "";

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? CompanyName { get; init; }

    public string? VatId { get; init; }

    public string? Street { get; init; }

    public string? PostalCode { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string Country { get; init; } = "PL";

    public ClientStatus Status { get; init; }

    public int? MergedIntoId { get; init; }

    public bool IsCompany => CompanyName is not null || VatId is not null;
}
