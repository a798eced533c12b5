using ShopCrm.Core.Imports;

namespace ShopCrm.Clients.Services.Import;

// What an import did, kept as JSON on the import: every bad line, or the counts of a good run.
public sealed record ClientImportReport
{
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    public int Created { get; init; }

    public int Updated { get; init; }

    // Lines folded into an earlier line of the same file (the same e-mail or phone).
    public int MergedInFile { get; init; }

    public string? Failure { get; init; }
}
