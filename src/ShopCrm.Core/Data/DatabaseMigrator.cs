using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace ShopCrm.Core.Data;

public sealed class DatabaseMigrator(IDbContextFactory<ShopDbContext> contexts, DataFolder dataFolder, ILogger<DatabaseMigrator> logger)
{
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(30);

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        dataFolder.Ensure();
        await using var db = await contexts.CreateDbContextAsync(ct);
        // On a new database EF queries the history table before creating it and logs that as a failed
        // command; creating it first keeps the log free of false alarms.
        if (db.Database.IsSqlite())
        {
            // Readers keep reading while one writer writes; the setting stays with the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} schema steps: {Steps}", pending.Count, string.Join(", ", pending));

            // A step that rewrites every row (0014 fills AvailableStock) takes tens of seconds at a million
            // models, beyond the 60 s that suits the app's own statements.
            db.Database.SetCommandTimeout(MigrationTimeout);
            await db.Database.MigrateAsync(ct);
        }

        return pending;
    }
}
