namespace ShopCrm.Clients.Domain;

// Someone to talk to at a company client.
public sealed class ClientContactPerson
{
    public int Id { get; init; }

    public int ClientId { get; set; }

    public required string Name { get; set; }

    public string? Position { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
