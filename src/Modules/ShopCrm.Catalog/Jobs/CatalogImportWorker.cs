using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Jobs;

// Runs queued imports one after another, off any circuit. An import that was running when the process
// stopped wrote nothing (its transaction never committed), so it is simply run again at start.
public sealed class CatalogImportWorker(
    CatalogImportQueue queue,
    IServiceProvider services,
    IDbContextFactory<ShopDbContext> contexts,
    ILogger<CatalogImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
            {
                var interrupted = await db.Set<CatalogImport>().Where(i => i.Status == ImportStatus.Running).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(stoppingToken);
                interrupted.ForEach(queue.Enqueue);
            }

            await foreach (var importId in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await services.GetRequiredService<CatalogImportRunner>().RunAsync(importId, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Catalog import {ImportId} could not be run", importId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
