using System.Linq.Expressions;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Imports;

// The parts of an import that belong to its module: which rows are running, how a file is checked, and
// how a good file is written. ImportRunner makes it all or nothing around them: a file with a bad row is
// rejected before anything is written, and an error while writing leaves the import failed.
public interface IImportSteps<TImport>
    where TImport : class, IImportRecord
{
    Expression<Func<TImport, bool>> Running { get; }

    Task<ImportCheck> CheckAsync(TImport import, Action<ImportProgress> report, CancellationToken ct);

    void Reject(TImport import, ImportCheck check);

    // Writes every row in one transaction and marks the import done; db is the context the import row
    // was read from, saved by the runner afterwards.
    Task WriteAsync(ShopDbContext db, TImport import, Action<ImportProgress> report, CancellationToken ct);

    void Fail(TImport import, string reason);
}
