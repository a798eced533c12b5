namespace ShopCrm.Catalog.Pages.Structure;

public sealed class InterestRow
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public int? TagId { get; init; }

    public string? Tag { get; init; }
}
