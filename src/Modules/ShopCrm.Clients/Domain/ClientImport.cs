using ShopCrm.Core.Imports;

namespace ShopCrm.Clients.Domain;

// A contact CSV import. The file is kept under the data folder until it runs; the run happens in the
// background, so the page can be left and opened again to watch it finish.
public sealed class ClientImport : IImportRecord
{
    public int Id { get; init; }

    public required string FileName { get; init; }

    public required string StoredName { get; init; }

    // JSON: contact field -> CSV column header.
    public string? ColumnMap { get; set; }

    // Client tags every imported client gets, comma separated.
    public string? Tags { get; set; }

    public ClientImportStatus Status { get; set; }

    public int TotalRows { get; set; }

    public int CreatedClients { get; set; }

    public int UpdatedClients { get; set; }

    public int ErrorCount { get; set; }

    // JSON report: bad rows with line and reason, or the failure.
    public string? Report { get; set; }

    public required string CreatedBy { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? FinishedAt { get; set; }
}
