namespace ShopCrm.Core.Imports;

// What checking every row of a file found: how many rows, how many of them are bad, and the bad ones listed
// (a module may list fewer than it counts, to keep the report small).
public sealed record ImportCheck(int Rows, int BadRows, IReadOnlyList<ImportProblem> Problems);
