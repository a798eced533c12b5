using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Imports;

// Runs queued imports of one kind one after another, off any circuit. An import that was running when the
// process stopped wrote nothing (its transaction never committed), so it is simply run again at start.
public sealed class ImportWorker<TImport>(
    ImportQueue<TImport> queue,
    IDbContextFactory<ShopDbContext> contexts,
    IImportSteps<TImport> steps,
    ImportRunner<TImport> runner,
    ILogger<ImportWorker<TImport>> logger) : BackgroundService
    where TImport : class, IImportRecord
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
            {
                var interrupted = await db.Set<TImport>().Where(steps.Running).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(stoppingToken);
                interrupted.ForEach(queue.Enqueue);
            }

            await foreach (var importId in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await runner.RunAsync(importId, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "{Import} {ImportId} could not be run", typeof(TImport).Name, importId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
