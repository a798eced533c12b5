using Npgsql;

namespace ShopCrm.Tests.Infrastructure;

// The test script starts a throwaway PostgreSQL and names it in SHOPCRM_TEST_POSTGRES. Without it the
// PostgreSQL half of the suite fails loudly rather than quietly passing on SQLite alone.
public static class PostgresServer
{
    public const string Variable = "SHOPCRM_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with `bash scripts/test.sh`, which starts a throwaway PostgreSQL.");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "shopcrm_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
