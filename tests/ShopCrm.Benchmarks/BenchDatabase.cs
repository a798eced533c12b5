using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog;
using ShopCrm.Certificates;
using ShopCrm.Clients;
using ShopCrm.Core;
using ShopCrm.Core.Data;
using ShopCrm.Orders;

namespace ShopCrm.Benchmarks;

// A migrated database for a benchmark, on SQLite (a temp file) or PostgreSQL (SHOPCRM_BENCH_POSTGRES).
public sealed class BenchDatabase : IDisposable
{
    private readonly IHost host;

    public BenchDatabase(DatabaseProvider provider, string? keptName = null)
    {
        Provider = provider;
        var folder = keptName is null
            ? Directory.CreateTempSubdirectory("shopcrm-bench-").FullName
            : Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "shopcrm-bench-kept")).FullName;
        var server = provider == DatabaseProvider.Postgres
            ? Environment.GetEnvironmentVariable("SHOPCRM_BENCH_POSTGRES") ?? throw new InvalidOperationException("Set SHOPCRM_BENCH_POSTGRES to an empty PostgreSQL database.")
            : null;
        ConnectionString = provider == DatabaseProvider.Sqlite
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, (keptName ?? "bench") + ".db") }.ToString()
            : keptName is null ? server! : KeptPostgresDatabase(server!, keptName);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Database:Provider"] = provider.ToString();
        builder.Configuration["Database:ConnectionString"] = ConnectionString;
        builder.Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddShopCrmCore(builder.Configuration, new DataFolder(folder));
        builder.Services.AddCatalogModule();
        builder.Services.AddClientsModule();
        builder.Services.AddCertificatesModule();
        builder.Services.AddOrdersModule();
        host = builder.Build();
        host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync().GetAwaiter().GetResult();
    }

    // A database kept between benchmark processes (BenchmarkDotNet starts one per case), so that a million
    // rows are generated once: "<the named database>_<name>", created when missing.
    private static string KeptPostgresDatabase(string server, string name)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(server);
        var database = $"{builder.Database}_{name}".ToLowerInvariant();
        using var connection = new Npgsql.NpgsqlConnection(server);
        connection.Open();
        using var exists = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            create.ExecuteNonQuery();
        }

        builder.Database = database;
        return builder.ToString();
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

    // A plain ADO.NET connection to the same database, for the hand-written statements a grid is measured against.
    public async Task<DbConnection> OpenConnectionAsync()
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite ? new SqliteConnection(ConnectionString) : new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> CountAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    public void Dispose() => host.Dispose();
}
