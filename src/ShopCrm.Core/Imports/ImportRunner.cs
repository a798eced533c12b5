using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Imports;

// Runs one claimed import, all or nothing: every row is checked first, and with any bad row the import is
// rejected with them listed and nothing written. A good file is written by the module in one transaction.
public sealed class ImportRunner<TImport>(
    IDbContextFactory<ShopDbContext> contexts,
    IImportSteps<TImport> steps,
    ImportProgressBoard<TImport> progress,
    TimeProvider clock,
    ILogger<ImportRunner<TImport>> logger)
    where TImport : class, IImportRecord
{
    public const string Failure = "The import stopped on an unexpected error and wrote nothing. Details are in the log.";

    public async Task RunAsync(int importId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var import = await db.Set<TImport>().Where(steps.Running).SingleOrDefaultAsync(i => i.Id == importId, ct);
        if (import is null)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        void Report(ImportProgress state) => progress.Report(importId, state);
        try
        {
            var check = await steps.CheckAsync(import, Report, ct);
            import.TotalRows = check.Rows == 0 ? import.TotalRows : check.Rows;
            if (check.BadRows > 0)
            {
                steps.Reject(import, check);
            }
            else
            {
                await steps.WriteAsync(db, import, Report, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Import} {ImportId} failed", typeof(TImport).Name, importId);
            steps.Fail(import, Failure);
        }
        finally
        {
            progress.Finish(importId);
        }

        import.FinishedAt = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("{Import} {ImportId} ({Rows} rows) ended in {Elapsed} ms", typeof(TImport).Name, importId, import.TotalRows, watch.ElapsedMilliseconds);
    }
}
