using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using ShopCrm.Core.Data;

namespace ShopCrm.Tests.Infrastructure;

// The schema as one sorted line per table, column, primary key, index and foreign key, read either from
// the EF model (what the code expects) or from the live database (what the migrations made).
public static class DatabaseSchema
{
    public static IReadOnlyList<string> Expected(ShopDbContext db)
    {
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var lines = new List<string>();
        foreach (var table in model.Tables)
        {
            lines.Add($"table {table.Name}");
            lines.AddRange(table.Columns.Select(c => Column(table.Name, c.Name, c.StoreType, c.IsNullable)));
            if (table.PrimaryKey is { } pk)
            {
                lines.Add($"pk {table.Name} ({string.Join(", ", pk.Columns.Select(c => c.Name))})");
            }

            lines.AddRange(table.Indexes.Select(i => Index(table.Name, i.Name, i.IsUnique, i.Columns.Select(c => c.Name))));
            lines.AddRange(table.ForeignKeyConstraints.Select(f =>
                ForeignKey(table.Name, f.Columns.Select(c => c.Name), f.PrincipalTable.Name, f.PrincipalColumns.Select(c => c.Name))));
        }

        return Sorted(lines);
    }

    public static async Task<IReadOnlyList<string>> ActualAsync(ShopDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return db.Database.IsSqlite() ? await ReadSqliteAsync(connection) : await ReadPostgresAsync(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<IReadOnlyList<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'", r => r.GetString(0));
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            var columns = await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')",
                r => (Name: r.GetString(0), Type: r.GetString(1), NotNull: r.GetInt64(2) == 1, Pk: r.GetInt64(3)));

            // SQLite lets an INTEGER PRIMARY KEY hold NULL in its declaration; EF treats it as required.
            lines.AddRange(columns.Select(c => Column(table, c.Name, c.Type, !c.NotNull && c.Pk == 0)));
            var pk = columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name).ToList();
            if (pk.Count > 0)
            {
                lines.Add($"pk {table} ({string.Join(", ", pk)})");
            }

            var indexes = await QueryAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'",
                r => (Name: r.GetString(0), Unique: r.GetInt64(1) == 1));
            foreach (var index in indexes)
            {
                var indexColumns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{index.Name}') ORDER BY seqno", r => r.GetString(0));
                lines.Add(Index(table, index.Name, index.Unique, indexColumns));
            }

            var foreignKeys = await QueryAsync(connection, $"SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('{table}') ORDER BY id, seq",
                r => (Id: r.GetInt64(0), Principal: r.GetString(1), From: r.GetString(2), To: r.GetString(3)));
            lines.AddRange(foreignKeys.GroupBy(f => f.Id).Select(g =>
                ForeignKey(table, g.Select(f => f.From), g.First().Principal, g.Select(f => f.To))));
        }

        return Sorted(lines);
    }

    private static async Task<IReadOnlyList<string>> ReadPostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_\\_EF%'",
            r => r.GetString(0));
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            var oid = $"'public.\"{table}\"'::regclass";
            lines.AddRange(await QueryAsync(connection,
                $"SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute WHERE attrelid = {oid} AND attnum > 0 AND NOT attisdropped",
                r => Column(table, r.GetString(0), r.GetString(1), !r.GetBoolean(2))));
            var indexes = await QueryAsync(connection,
                $"""
                SELECT ic.relname, i.indisunique, i.indisprimary,
                       (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum)
                FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = {oid}
                """,
                r => (Name: r.GetString(0), Unique: r.GetBoolean(1), Primary: r.GetBoolean(2), Columns: r.GetString(3)));
            foreach (var index in indexes)
            {
                lines.Add(index.Primary ? $"pk {table} ({index.Columns})" : Index(table, index.Name, index.Unique, index.Columns.Split(", ")));
            }

            lines.AddRange(await QueryAsync(connection,
                $"""
                SELECT (SELECT relname FROM pg_class WHERE oid = c.confrelid),
                       (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
                       (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                        JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)
                FROM pg_constraint c WHERE c.conrelid = {oid} AND c.contype = 'f'
                """,
                r => ForeignKey(table, r.GetString(1).Split(", "), r.GetString(0), r.GetString(2).Split(", "))));
        }

        return Sorted(lines);
    }

    private static string Column(string table, string name, string? type, bool nullable) =>
        $"column {table}.{name} {type?.ToLowerInvariant()} {(nullable ? "null" : "not null")}";

    private static string Index(string table, string? name, bool unique, IEnumerable<string> columns) =>
        $"index {table} {name} ({string.Join(", ", columns)}){(unique ? " unique" : "")}";

    private static string ForeignKey(string table, IEnumerable<string> columns, string principal, IEnumerable<string> principalColumns) =>
        $"fk {table} ({string.Join(", ", columns)}) -> {principal} ({string.Join(", ", principalColumns)})";

    private static IReadOnlyList<string> Sorted(List<string> lines) => lines.Order(StringComparer.Ordinal).ToList();

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
