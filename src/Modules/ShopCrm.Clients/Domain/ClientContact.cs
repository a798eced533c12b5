namespace ShopCrm.Clients.Domain;

// A further e-mail or phone besides the primary ones on Client; normalized the same way, so duplicate
// search and "find by phone" see it too.
public sealed class ClientContact
{
    public int Id { get; init; }

    public int ClientId { get; set; }

    public ContactKind Kind { get; set; }

    public required string Value { get; set; }

    public required string NormalizedValue { get; set; }

    // "work", "wife's phone"...
    public string? Label { get; set; }
}
