using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;
using ShopCrm.Core.Data.Migrations;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Core.Data;

public sealed class SchemaTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_migrated_schema_is_exactly_what_the_model_expects(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await using var db = await host.NewContextAsync();

        var expected = DatabaseSchema.Expected(db);
        var actual = await DatabaseSchema.ActualAsync(db);

        Assert.Contains("table AuditEntries", expected);
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrating_twice_applies_nothing_the_second_time(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);

        var second = await host.Get<DatabaseMigrator>().MigrateAsync();

        Assert.Empty(second);
    }

    [Fact]
    public void Every_schema_step_has_a_script_for_both_providers_and_a_migration_class()
    {
        var steps = typeof(SqlFileMigration).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SqlFileMigration)))
            .Select(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false)
                .Cast<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>().Single().Id)
            .Order()
            .ToList();
        var scripts = SqlFileMigration.EmbeddedScripts().Order().ToList();

        Assert.NotEmpty(steps);
        Assert.Equal(
            steps.SelectMany(id => new[] { $"ShopCrm.Database.postgres/{id}.sql", $"ShopCrm.Database.sqlite/{id}.sql" }).Order(),
            scripts);
    }

    [Fact]
    public async Task Sqlite_runs_in_wal_mode_with_foreign_keys_enforced()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await using var db = await host.NewContextAsync();

        var journal = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();
        var foreignKeys = await db.Database.SqlQueryRaw<long>("SELECT foreign_keys AS \"Value\" FROM pragma_foreign_keys").SingleAsync();

        Assert.Equal(("wal", 1L), (journal, foreignKeys));
    }
}
