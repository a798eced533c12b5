namespace ShopCrm.Clients.Domain;

// Append-only history of the marketing consent; Client.MarketingConsent is its latest value.
public sealed class ClientConsentChange
{
    public long Id { get; init; }

    public int ClientId { get; set; }

    public bool Given { get; set; }

    public DateTime At { get; set; }

    public ConsentSource Source { get; set; }

    // The staff member, or the API key's name, that recorded it.
    public string? RecordedBy { get; set; }

    public string? Note { get; set; }
}
