using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Jobs;

namespace ShopCrm.Catalog.Jobs;

public sealed class CatalogImportWorker(
    ImportQueue<CatalogImport> queue,
    IServiceProvider services,
    IDbContextFactory<ShopDbContext> contexts,
    ILogger<CatalogImportWorker> logger) : ImportWorker<CatalogImport>(queue, contexts, logger)
{
    protected override Task<List<int>> InterruptedAsync(ShopDbContext db, CancellationToken ct) =>
        db.Set<CatalogImport>().Where(i => i.Status == ImportStatus.Running).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);

    protected override Task RunAsync(int importId, CancellationToken ct) =>
        services.GetRequiredService<CatalogImportRunner>().RunAsync(importId, ct);
}
