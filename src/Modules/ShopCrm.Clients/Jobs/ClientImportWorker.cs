using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services.Import;
using ShopCrm.Core.Data;
using ShopCrm.Core.Jobs;

namespace ShopCrm.Clients.Jobs;

internal sealed class ClientImportWorker(
    ImportQueue<ClientImport> queue,
    IServiceProvider services,
    IDbContextFactory<ShopDbContext> contexts,
    ILogger<ClientImportWorker> logger) : ImportWorker<ClientImport>(queue, contexts, logger)
{
    protected override Task<List<int>> InterruptedAsync(ShopDbContext db, CancellationToken ct) =>
        db.Set<ClientImport>().Where(i => i.Status == ClientImportStatus.Running).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);

    protected override Task RunAsync(int importId, CancellationToken ct) =>
        services.GetRequiredService<ClientImportRunner>().RunAsync(importId, ct);
}
