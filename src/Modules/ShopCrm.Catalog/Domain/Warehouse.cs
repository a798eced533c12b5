namespace ShopCrm.Catalog.Domain;

public sealed class Warehouse
{
    public int Id { get; init; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public bool IsDefault { get; set; }

    public bool IsActive { get; set; } = true;
}
