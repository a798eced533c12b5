using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Jobs;

// Runs queued imports of one kind one after another, off any circuit. An import that was running when the
// process stopped wrote nothing (its transaction never committed), so it is simply run again at start.
public abstract class ImportWorker<TImport>(
    ImportQueue<TImport> queue,
    IDbContextFactory<ShopDbContext> contexts,
    ILogger logger) : BackgroundService
{
    protected abstract Task<List<int>> InterruptedAsync(ShopDbContext db, CancellationToken ct);

    protected abstract Task RunAsync(int importId, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
            {
                (await InterruptedAsync(db, stoppingToken)).ForEach(queue.Enqueue);
            }

            await foreach (var importId in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await RunAsync(importId, stoppingToken);
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
