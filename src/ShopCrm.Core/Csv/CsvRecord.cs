namespace ShopCrm.Core.Csv;

// One CSV record and the line of the file it starts on (a quoted field may span several lines).
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public string this[int index] => index < Fields.Count ? Fields[index] : "";

    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
