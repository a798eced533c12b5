using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services;

// An uploaded import file under the data folder: its format, header and data records (blank lines skipped).
internal static class ImportFile
{
    public const string Folder = "catalog-imports";

    public static string PathOf(DataFolder dataFolder, CatalogImport import) => dataFolder.Combine(Folder, import.StoredName);

    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    public static (CsvFormat Format, IReadOnlyList<string> Headers) Header(string path)
    {
        using var stream = Open(path);
        var format = CsvFormat.Detect(stream);
        var header = CsvParser.Read(stream, format).FirstOrDefault();
        return (format, header?.Fields.Select(h => h.Trim()).ToList() ?? []);
    }

    public static IEnumerable<CsvRecord> DataRecords(string path)
    {
        using var stream = Open(path);
        var format = CsvFormat.Detect(stream);
        foreach (var record in CsvParser.Read(stream, format).Skip(1))
        {
            if (!record.IsBlank)
            {
                yield return record;
            }
        }
    }
}
