using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ShopCrm.Core.Data;

// EF Core sends one INSERT per row and reads every generated key back; for hundreds of thousands of plain
// rows (ledger, specification, link and history rows: nothing audited, no keys needed back) this is many
// times cheaper. SQLite runs in-process, so one prepared single-row INSERT executed per row is fastest
// there; PostgreSQL pays a round trip per statement, so it gets multi-row INSERTs. Values go through the
// ADO.NET provider's own conversions, which are the ones EF Core uses for these column types.
public static class BulkInsert
{
    private const int PostgresParametersPerStatement = 3_000;

    public static async Task InsertAsync<T>(ShopDbContext db, IReadOnlyList<T> rows, CancellationToken ct, params (string Column, Func<T, object?> Value)[] columns)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = db.Model.FindEntityType(typeof(T))!.GetTableName();
        var head = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) VALUES ";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (db.Database.IsSqlite())
        {
            command.CommandText = head + "(" + string.Join(", ", columns.Select((_, c) => "@p" + c)) + ")";
            var parameters = columns.Select((_, c) => command.Parameters[command.Parameters.Add(Parameter(command, "@p" + c, null))]).ToArray();
            foreach (var row in rows)
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    parameters[c].Value = ValueOf(columns[c].Value(row));
                }

                await command.ExecuteNonQueryAsync(ct);
            }

            return;
        }

        foreach (var chunk in rows.Chunk(PostgresParametersPerStatement / columns.Length))
        {
            command.Parameters.Clear();
            var sql = new System.Text.StringBuilder(head, head.Length + chunk.Length * columns.Length * 8);
            var n = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = "@p" + n++;
                    sql.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(Parameter(command, name, columns[c].Value(chunk[r])));
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = ValueOf(value);
        return parameter;
    }

    private static object ValueOf(object? value) => value switch
    {
        null => DBNull.Value,
        Enum e => Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
