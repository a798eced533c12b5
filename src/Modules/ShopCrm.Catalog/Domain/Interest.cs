namespace ShopCrm.Catalog.Domain;

// What clients say they fish for (carp, spinning, feeder, sea); campaigns target these.
public sealed class Interest
{
    public int Id { get; init; }

    public required string Name { get; set; }

    // The tag whose gear fits this interest, if any.
    public int? TagId { get; set; }
}
