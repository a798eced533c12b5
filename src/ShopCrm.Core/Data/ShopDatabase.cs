using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ShopCrm.Core.Data;

public static class ShopDatabase
{
    public static string ResolveConnectionString(DatabaseOptions options, DataFolder dataFolder) =>
        options.Provider switch
        {
            DatabaseProvider.Sqlite when string.IsNullOrWhiteSpace(options.ConnectionString) =>
                new SqliteConnectionStringBuilder { DataSource = dataFolder.Combine("shopcrm.db"), Pooling = true }.ToString(),
            _ when string.IsNullOrWhiteSpace(options.ConnectionString) =>
                throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL."),
            _ => options.ConnectionString!,
        };

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(WithSqliteDefaults(connectionString), o => o.CommandTimeout(60));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(connectionString, o => o.CommandTimeout(60));
                break;
        }

        builder.AddInterceptors(new DomainEventsTransactionInterceptor());

        // The model snapshot that EF compares against is not kept (migrations are SQL files); the schema
        // test compares the migrated database with the model instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    // Foreign keys are off in SQLite unless asked for on each connection. A busy database is retried for up
    // to the command timeout by Microsoft.Data.Sqlite itself. WAL is set once on the file (DatabaseMigrator).
    private static string WithSqliteDefaults(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        builder.ForeignKeys ??= true;
        return builder.ToString();
    }

    public static IServiceCollection AddShopDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.AddDbContextFactory<ShopDbContext>(b => Configure(b, provider, connectionString));
        return services;
    }
}
