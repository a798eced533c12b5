using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;
using ShopCrm.Core.Imports;
using ShopCrm.Core.Security;

namespace ShopCrm.Catalog.Services;

// The steps of an import before it runs: upload (the file is kept in the data folder and its columns are
// guessed), preview with a column map, and start, which hands the import to the background worker.
public sealed class CatalogImportService(
    IDbContextFactory<ShopDbContext> contexts,
    DataFolder dataFolder,
    TimeProvider clock,
    ImportQueue<CatalogImport> queue,
    ImportProgressBoard<CatalogImport> progress,
    PermissionGuard guard)
{
    public const long MaxFileBytes = 50L * 1024 * 1024;
    public const int PreviewRows = 20;

    public async Task<(int? ImportId, string? Error)> UploadAsync(
        Stream content, string fileName, ImportKind kind, int? supplierId, string userName, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Import);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (kind == ImportKind.PriceList && (supplierId is null || !await db.Set<Supplier>().AnyAsync(s => s.Id == supplierId, ct)))
        {
            return (null, "Choose the supplier whose price list this is.");
        }

        var (upload, error) = await ImportUpload.KeepAsync(
            dataFolder, ImportFile.Folder, content, MaxFileBytes, "Save the sheet as CSV with the column names in the first line.", ct);
        if (upload is null)
        {
            return (null, error);
        }

        var import = new CatalogImport
        {
            Kind = kind,
            FileName = ImportUpload.DisplayName(fileName, "import.csv"),
            StoredName = upload.StoredName,
            SupplierId = kind == ImportKind.PriceList ? supplierId : null,
            ColumnMap = JsonSerializer.Serialize(ImportFields.Guess(kind, upload.Headers)),
            Status = ImportStatus.Uploaded,
            TotalRows = upload.Rows,
            CreatedBy = userName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(import);
        await db.SaveChangesAsync(ct);
        return (import.Id, null);
    }

    public static Dictionary<string, int> MapOf(CatalogImport import) =>
        string.IsNullOrEmpty(import.ColumnMap) ? [] : JsonSerializer.Deserialize<Dictionary<string, int>>(import.ColumnMap) ?? [];

    public static ImportReport? ReportOf(CatalogImport import) =>
        string.IsNullOrEmpty(import.Errors) ? null : JsonSerializer.Deserialize<ImportReport>(import.Errors);

    public async Task<ImportPreview> PreviewAsync(CatalogImport import, IReadOnlyDictionary<string, int> map, CancellationToken ct = default)
    {
        var path = ImportFile.PathOf(dataFolder, import);
        var (format, headers) = CsvFile.Header(path);
        var records = CsvFile.DataRecords(path).Take(PreviewRows).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var checker = await ImportRowChecker.CreateAsync(db, import, map, ct);
        var problems = await checker.CheckAsync(db, records, ct);
        var rows = records.Select(r => new ImportPreviewRow(r.Line, r.Fields, problems.GetValueOrDefault(r.Line) ?? [])).ToList();
        var mapProblems = MapProblems(import.Kind, map, headers.Count).Concat(await RefusedColumnsAsync(import.Kind, map)).ToList();
        return new ImportPreview(format.EncodingName, format.Separator, headers, rows, mapProblems);
    }

    // The columns the acting person may not change, each as a sentence that says what to do about it.
    public async Task<IReadOnlyList<string>> RefusedColumnsAsync(ImportKind kind, IReadOnlyDictionary<string, int> map) =>
        (await RefusedFieldsAsync(kind, map)).Select(r => r.Problem).ToList();

    private async Task<List<(string Permission, string Problem)>> RefusedFieldsAsync(ImportKind kind, IReadOnlyDictionary<string, int> map)
    {
        var refused = new List<(string, string)>();
        foreach (var field in ImportFields.For(kind).Where(f => map.ContainsKey(f.Key)))
        {
            var permission = ImportFields.PermissionFor(kind, field.Key);
            if (!await guard.HasAsync(permission))
            {
                refused.Add((permission, $"You may not change {field.Label} (it needs the permission \"{guard.DescriptionOf(permission)}\"): skip the column or ask someone who may."));
            }
        }

        return refused;
    }

    public static IReadOnlyList<string> MapProblems(ImportKind kind, IReadOnlyDictionary<string, int> map, int columns)
    {
        var problems = new List<string>();
        foreach (var field in ImportFields.For(kind).Where(f => f.Required && !map.ContainsKey(f.Key)))
        {
            problems.Add($"Choose the column that holds {field.Label}.");
        }

        foreach (var twice in map.Where(m => m.Value >= 0 && m.Value < columns).GroupBy(m => m.Value).Where(g => g.Count() > 1))
        {
            problems.Add($"Column {twice.Key + 1} is chosen for {string.Join(" and ", twice.Select(m => ImportFields.For(kind).First(f => f.Key == m.Key).Label))}.");
        }

        if (kind == ImportKind.Models && !map.ContainsKey(ImportFields.NetPrice) && !map.ContainsKey(ImportFields.GrossPrice) && !map.ContainsKey(ImportFields.Name))
        {
            problems.Add("Nothing to import: choose at least a name or a price column.");
        }

        return problems;
    }

    // Claims the import (only an uploaded or rejected one, and only once) and queues it. The worker writes
    // as the system, so the person starting it is checked here, per column of the map the worker will use:
    // one column the person may not change refuses the whole file before anything is written.
    public async Task<bool> StartAsync(int importId, IReadOnlyDictionary<string, int> map, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Import);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var kind = await db.Set<CatalogImport>().Where(i => i.Id == importId).Select(i => (ImportKind?)i.Kind).SingleOrDefaultAsync(ct);
        if (kind is { } known && await RefusedFieldsAsync(known, map) is [var first, ..] refused)
        {
            throw new PermissionDeniedException(first.Permission, string.Join(" ", refused.Select(r => r.Problem)) + " Nothing was imported.");
        }

        var json = JsonSerializer.Serialize(map);
        var claimed = await db.Set<CatalogImport>()
            .Where(i => i.Id == importId && (i.Status == ImportStatus.Uploaded || i.Status == ImportStatus.Rejected))
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Status, ImportStatus.Running)
                    .SetProperty(i => i.ColumnMap, json)
                    .SetProperty(i => i.ProcessedRows, 0)
                    .SetProperty(i => i.ErrorCount, 0)
                    .SetProperty(i => i.Errors, (string?)null)
                    .SetProperty(i => i.FinishedAt, (DateTime?)null),
                ct);
        if (claimed == 1)
        {
            queue.Enqueue(importId);
        }

        return claimed == 1;
    }

    public async Task<(CatalogImport? Import, ImportProgress? Progress)> StateAsync(int importId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var import = await db.Set<CatalogImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId, ct);
        return (import, progress.Of(importId));
    }
}
