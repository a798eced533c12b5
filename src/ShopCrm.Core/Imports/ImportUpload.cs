using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Imports;

// An uploaded import file, kept under the data folder until its import runs, with what its header says.
public sealed record ImportUpload(string StoredName, IReadOnlyList<string> Headers, int Rows)
{
    // Keeps the file, or refuses it (keeping nothing) when it is too large or has no data below a header.
    // howToSave ends the refusal of an empty file with what to do in the program the file comes from.
    public static async Task<(ImportUpload? Upload, string? Error)> KeepAsync(
        DataFolder dataFolder, string folder, Stream content, long maxBytes, string howToSave, CancellationToken ct)
    {
        var storedName = $"{Guid.NewGuid():N}.csv";
        dataFolder.Ensure(folder);
        var path = dataFolder.Combine(folder, storedName);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await content.CopyToAsync(file, ct);
            if (file.Length > maxBytes)
            {
                file.Close();
                File.Delete(path);
                return (null, TooLarge(maxBytes));
            }
        }

        var (_, headers) = CsvFile.Header(path);
        var rows = CsvFile.DataRecords(path).Count();
        if (headers.Count < 2 || rows == 0)
        {
            File.Delete(path);
            return (null, "The file has no rows below a header line. " + howToSave);
        }

        return (new ImportUpload(storedName, headers, rows), null);
    }

    public static string TooLarge(long maxBytes) => $"The file is larger than {maxBytes / 1024 / 1024} MB.";

    // The name the person gave the file, as the import list shows it.
    public static string DisplayName(string fileName, string fallback) =>
        Path.GetFileName(fileName) is { Length: > 0 and <= 200 } name ? name : fallback;
}
