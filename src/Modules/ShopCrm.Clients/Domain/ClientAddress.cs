namespace ShopCrm.Clients.Domain;

// A shipping address; the billing address is the one on Client.
public sealed class ClientAddress
{
    public int Id { get; init; }

    public int ClientId { get; set; }

    public string? Recipient { get; set; }

    public required string Street { get; set; }

    public required string PostalCode { get; set; }

    public required string City { get; set; }

    public string Country { get; set; } = "PL";

    public bool IsDefault { get; set; }
}
