using ShopCrm.Core.Imports;

namespace ShopCrm.Catalog.Domain;

// A CSV import running in the background: its progress survives the page being left, and its errors
// (every bad row with line and reason) are kept as JSON.
public sealed class CatalogImport : IImportRecord
{
    public int Id { get; init; }

    public ImportKind Kind { get; init; }

    public required string FileName { get; init; }

    // The uploaded file, under the data folder's catalog-imports.
    public required string StoredName { get; init; }

    // JSON: target field -> CSV column.
    public string? ColumnMap { get; set; }

    public int? SupplierId { get; init; }

    public ImportStatus Status { get; set; }

    public int TotalRows { get; set; }

    public int ProcessedRows { get; set; }

    public int ErrorCount { get; set; }

    public string? Errors { get; set; }

    public required string CreatedBy { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? FinishedAt { get; set; }
}
