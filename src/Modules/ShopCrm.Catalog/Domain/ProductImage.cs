namespace ShopCrm.Catalog.Domain;

// The file lives in the data folder under catalog-images/{StoredName}; served by an endpoint.
internal sealed class ProductImage
{
    public int Id { get; init; }

    public int ProductId { get; set; }

    public required string FileName { get; init; }

    public required string StoredName { get; init; }

    public required string ContentType { get; init; }

    public long SizeBytes { get; init; }

    public int SortOrder { get; set; }
}
