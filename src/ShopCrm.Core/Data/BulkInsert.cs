using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ShopCrm.Core.Data;

// EF Core sends SQLite one INSERT per row and reads every generated key back; for hundreds of thousands
// of plain rows (ledger, specification, link and history rows: nothing audited, no keys needed back)
// multi-row INSERTs with parameters are several times cheaper, on both providers. Values go through
// the ADO.NET provider's own conversions, which are the ones EF Core uses for these column types.
public static class BulkInsert
{
    // SQLite looks a named parameter up by a linear search of the statement's names, so long statements
    // cost quadratic time there; PostgreSQL pays a round trip per statement instead.
    private const int SqliteParametersPerStatement = 300;
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
        var rowsPerStatement = (db.Database.IsSqlite() ? SqliteParametersPerStatement : PostgresParametersPerStatement) / columns.Length;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
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
        parameter.Value = value switch
        {
            null => DBNull.Value,
            Enum e => Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
        return parameter;
    }
}
