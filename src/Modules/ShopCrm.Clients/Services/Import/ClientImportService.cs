using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;
using ShopCrm.Core.Imports;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Services.Import;

// Uploads, column mapping and starting of contact imports; the work itself runs in the import runner (ClientImportSteps).
public sealed class ClientImportService(
    IDbContextFactory<ShopDbContext> contexts,
    DataFolder dataFolder,
    ImportQueue<ClientImport> queue,
    ImportProgressBoard<ClientImport> progress,
    TimeProvider clock,
    PermissionGuard guard)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public const string Folder = "client-imports";

    public static string PathOf(DataFolder dataFolder, ClientImport import) => dataFolder.Combine(Folder, import.StoredName);

    public static Dictionary<string, int> MapOf(ClientImport import) =>
        string.IsNullOrEmpty(import.ColumnMap) ? [] : JsonSerializer.Deserialize<Dictionary<string, int>>(import.ColumnMap) ?? [];

    public static IReadOnlyList<string> TagsOf(ClientImport import) =>
        (import.Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static ClientImportReport? ReportOf(ClientImport import) =>
        string.IsNullOrEmpty(import.Report) ? null : JsonSerializer.Deserialize<ClientImportReport>(import.Report);

    public async Task<(int? ImportId, string? Error)> UploadAsync(Stream content, string fileName, string userName, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Import);
        var (upload, error) = await ImportUpload.KeepAsync(
            dataFolder, Folder, content, MaxFileBytes, "Export the contacts as CSV with the column names in the first line.", ct);
        if (upload is null)
        {
            return (null, error);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var import = new ClientImport
        {
            FileName = ImportUpload.DisplayName(fileName, "contacts.csv"),
            StoredName = upload.StoredName,
            ColumnMap = JsonSerializer.Serialize(ContactField.Guess(upload.Headers)),
            Status = ClientImportStatus.Uploaded,
            TotalRows = upload.Rows,
            CreatedBy = userName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(import);
        await db.SaveChangesAsync(ct);
        return (import.Id, null);
    }

    public async Task<(ClientImport? Import, ImportProgress? Progress)> StateAsync(int importId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await db.Set<ClientImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId, ct), progress.Of(importId));
    }

    // The header and the first lines, for the mapping page.
    public IReadOnlyList<IReadOnlyList<string>> Preview(ClientImport import, int lines = 5)
    {
        var path = PathOf(dataFolder, import);
        return [CsvFile.Header(path).Headers, .. CsvFile.DataRecords(path).Take(lines).Select(r => (IReadOnlyList<string>)r.Fields)];
    }

    // Null when started; otherwise what is wrong with the mapping. The worker writes as the system, so the
    // person starting the import is checked here. Every column (names, contacts, address, consent, tags) is
    // something the client card changes with clients.edit, and none needs more, so that one permission
    // covers each column; without it the whole file is refused before anything is written.
    public async Task<string?> StartAsync(int importId, IReadOnlyDictionary<string, int> map, string? tags, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Import);
        if (!await guard.HasAsync(ClientPermissions.Edit))
        {
            return $"You may not change client data (it needs the permission \"{guard.DescriptionOf(ClientPermissions.Edit)}\"), so this file cannot be imported. Nothing was imported.";
        }

        if (!map.ContainsKey(ContactField.Email.Key) && !map.ContainsKey(ContactField.Phone.Key))
        {
            return "Choose the column with the e-mail or the phone: clients are matched by them.";
        }

        if (!map.ContainsKey(ContactField.FirstName.Key) && !map.ContainsKey(ContactField.LastName.Key)
            && !map.ContainsKey(ContactField.FullName.Key) && !map.ContainsKey(ContactField.Company.Key))
        {
            return "Choose the column with the name (first and last, full name or company).";
        }

        var tagNames = (tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (tagNames.Any(t => t.Length > 60))
        {
            return "Keep each tag under 60 characters.";
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var started = await db.Set<ClientImport>().Where(i => i.Id == importId && i.Status == ClientImportStatus.Uploaded).ExecuteUpdateAsync(
            u => u.SetProperty(i => i.ColumnMap, JsonSerializer.Serialize(map))
                .SetProperty(i => i.Tags, string.Join(", ", tagNames))
                .SetProperty(i => i.Status, ClientImportStatus.Running),
            ct);
        if (started == 0)
        {
            return "This import has already been started.";
        }

        queue.Enqueue(importId);
        return null;
    }
}
