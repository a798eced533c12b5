using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog;
using ShopCrm.Certificates;
using ShopCrm.Core;
using ShopCrm.Core.Data;

namespace ShopCrm.Benchmarks;

// A migrated database for a benchmark, on SQLite (a temp file) or PostgreSQL (SHOPCRM_BENCH_POSTGRES).
public sealed class BenchDatabase : IDisposable
{
    private readonly IHost host;

    public BenchDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        var folder = Directory.CreateTempSubdirectory("shopcrm-bench-").FullName;
        ConnectionString = provider == DatabaseProvider.Sqlite
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bench.db") }.ToString()
            : Environment.GetEnvironmentVariable("SHOPCRM_BENCH_POSTGRES")
              ?? throw new InvalidOperationException("Set SHOPCRM_BENCH_POSTGRES to an empty PostgreSQL database.");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Database:Provider"] = provider.ToString();
        builder.Configuration["Database:ConnectionString"] = ConnectionString;
        builder.Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddShopCrmCore(builder.Configuration, new DataFolder(folder));
        builder.Services.AddCatalogModule();
        builder.Services.AddCertificatesModule();
        host = builder.Build();
        host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync().GetAwaiter().GetResult();
    }

    // PostgreSQL joins in when a server is named.
    public static IEnumerable<DatabaseProvider> Providers =>
        Environment.GetEnvironmentVariable("SHOPCRM_BENCH_POSTGRES") is { Length: > 0 }
            ? [DatabaseProvider.Sqlite, DatabaseProvider.Postgres]
            : [DatabaseProvider.Sqlite];

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => host.Services;

    public ShopDbContext NewContext() => host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();

    public void Dispose() => host.Dispose();
}
