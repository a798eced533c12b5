using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Pages;

public sealed record ImportListRow
{
    public int Id { get; init; }

    public required string FileName { get; init; }

    public ImportKind Kind { get; init; }

    public string? Supplier { get; init; }

    public ImportStatus Status { get; init; }

    public int TotalRows { get; init; }

    public int ErrorCount { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime CreatedAt { get; init; }
}
