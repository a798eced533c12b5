namespace ShopCrm.Core.Imports;

// One bad row of an import file: its line in the file (counting the header as line 1) and every reason.
public sealed record ImportProblem(int Line, string Reason);
