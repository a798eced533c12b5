namespace ShopCrm.Core.Csv;

// A CSV file kept on disk (an uploaded import): its format, its header and its data records, with blank
// lines skipped, read again from the start each time so that a file of any size stays out of memory.
public static class CsvFile
{
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
