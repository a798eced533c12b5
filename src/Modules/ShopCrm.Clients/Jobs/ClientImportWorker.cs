using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services.Import;
using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Jobs;

// Runs queued contact imports one after another, off any circuit. An import that was running when the
// process stopped wrote nothing (its transaction never committed), so it is simply run again at start.
public sealed class ClientImportWorker(
    ClientImportQueue queue,
    IServiceProvider services,
    IDbContextFactory<ShopDbContext> contexts,
    ILogger<ClientImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
            {
                var interrupted = await db.Set<ClientImport>().Where(i => i.Status == ClientImportStatus.Running).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(stoppingToken);
                interrupted.ForEach(queue.Enqueue);
            }

            await foreach (var importId in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await services.GetRequiredService<ClientImportRunner>().RunAsync(importId, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Client import {ImportId} could not be run", importId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
