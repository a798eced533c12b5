namespace ShopCrm.Catalog.Domain;

public sealed class Brand
{
    public int Id { get; init; }

    public required string Name { get; set; }

    public string? Website { get; set; }

    public bool IsActive { get; set; } = true;
}
