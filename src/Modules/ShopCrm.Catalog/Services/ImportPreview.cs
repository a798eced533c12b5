namespace ShopCrm.Catalog.Services;

// The first rows of an uploaded file checked with a column map, before anything is written.
// MapProblems are about the map itself (a required field without a column, a column used twice).
public sealed record ImportPreview(
    string Encoding,
    char Separator,
    IReadOnlyList<string> Headers,
    IReadOnlyList<ImportPreviewRow> Rows,
    IReadOnlyList<string> MapProblems);
