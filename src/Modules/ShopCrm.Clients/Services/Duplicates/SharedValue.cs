namespace ShopCrm.Clients.Services.Duplicates;

// A client and one of its normalized values (an e-mail, a phone, a name with a postal code) that the
// duplicate search groups by.
public sealed class SharedValue
{
    public int ClientId { get; init; }

    public string Value { get; init; } = "";
}
