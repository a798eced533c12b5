namespace ShopCrm.Clients.Domain;

// What the client fishes for: a Catalog tag (a fishing purpose such as carp fishing) or a category.
// Exactly one of the two is set.
public sealed class ClientInterest
{
    public int Id { get; init; }

    public int ClientId { get; set; }

    public int? TagId { get; set; }

    public int? CategoryId { get; set; }
}
