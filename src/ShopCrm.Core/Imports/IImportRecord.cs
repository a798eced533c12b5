namespace ShopCrm.Core.Imports;

// What the import runner needs of a module's import row; the rest (status, report) belongs to the module.
public interface IImportRecord
{
    int Id { get; }

    int TotalRows { get; set; }

    DateTime? FinishedAt { get; set; }
}
