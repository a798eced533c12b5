using Microsoft.Data.Sqlite;
using ShopCrm.Core.Data;

namespace ShopCrm.Tests.Infrastructure;

// An empty database of its own for one test class: a temp SQLite file or a fresh PostgreSQL database.
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    // A data folder of its own (uploads, mail pickup, the SQLite file).
    public string Folder { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("shopcrm-test-").FullName;
        var connectionString = provider == DatabaseProvider.Sqlite
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "shopcrm.db") }.ToString()
            : await PostgresServer.CreateDatabaseAsync();
        return new TestDatabase(provider, connectionString, folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished host; the temp folder is cleaned by the OS.
        }
    }
}
