using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ShopCrm.Core.Data.Migrations;

// A schema step is two hand-written SQL files, database/sqlite/<id>.sql and database/postgres/<id>.sql,
// embedded in this assembly; EF Core's migrator runs them in order, records them in
// __EFMigrationsHistory and holds its migration lock. See docs/adr/0002-sql-file-migrations.md.
public abstract class SqlFileMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var id = GetType().GetCustomAttribute<MigrationAttribute>()!.Id;
        var provider = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "postgres",
            var other => throw new NotSupportedException($"No SQL migrations for provider {other}."),
        };
        migrationBuilder.Sql(ReadScript(provider, id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Schema steps only go forward; restore a backup to go back.");

    public static string ReadScript(string provider, string id)
    {
        var name = $"ShopCrm.Database.{provider}/{id}.sql";
        using var stream = typeof(SqlFileMigration).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> EmbeddedScripts() =>
        typeof(SqlFileMigration).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("ShopCrm.Database.", StringComparison.Ordinal));
}
