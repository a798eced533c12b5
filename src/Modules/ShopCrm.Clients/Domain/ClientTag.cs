namespace ShopCrm.Clients.Domain;

// A manual label managers put on clients ("wholesale", "fair 2026").
public sealed class ClientTag
{
    public int Id { get; init; }

    public required string Name { get; set; }
}
