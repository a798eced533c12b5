using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Imports;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Core.Imports;

// The runner around a module's steps, with the catalog's import row as the record and steps of the test's own.
public sealed class ImportRunnerTests
{
    private sealed class ScriptedSteps(ImportProgressBoard<CatalogImport> board) : IImportSteps<CatalogImport>
    {
        public ImportCheck Check { get; init; } = new(3, 0, []);

        public Exception? WriteFailure { get; init; }

        public List<string> Calls { get; } = [];

        public List<ImportProgress?> SeenOnTheBoard { get; } = [];

        public Expression<Func<CatalogImport, bool>> Running => i => i.Status == ImportStatus.Running;

        public Task<ImportCheck> CheckAsync(CatalogImport import, Action<ImportProgress> report, CancellationToken ct)
        {
            Calls.Add("check");
            report(new ImportProgress(false, 3, 3));
            SeenOnTheBoard.Add(board.Of(import.Id));
            return Task.FromResult(Check);
        }

        public void Reject(CatalogImport import, ImportCheck check)
        {
            Calls.Add($"reject {check.BadRows}");
            import.Status = ImportStatus.Rejected;
        }

        public Task WriteAsync(ShopDbContext db, CatalogImport import, Action<ImportProgress> report, CancellationToken ct)
        {
            Calls.Add("write");
            report(new ImportProgress(true, 2, 3));
            SeenOnTheBoard.Add(board.Of(import.Id));
            if (WriteFailure is not null)
            {
                throw WriteFailure;
            }

            import.Status = ImportStatus.Done;
            return Task.CompletedTask;
        }

        public void Fail(CatalogImport import, string reason)
        {
            Calls.Add("fail");
            import.Status = ImportStatus.Failed;
            import.Errors = reason;
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_good_file_is_checked_then_written_with_progress_shown_while_it_runs(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var board = new ImportProgressBoard<CatalogImport>();
        var steps = new ScriptedSteps(board);
        var importId = await RunningImportAsync(host);

        await Runner(host, steps, board).RunAsync(importId);

        Assert.Equal(["check", "write"], steps.Calls);
        Assert.Equal([new ImportProgress(false, 3, 3), new ImportProgress(true, 2, 3)], steps.SeenOnTheBoard);
        Assert.Null(board.Of(importId));
        var import = await ImportAsync(host, importId);
        Assert.Equal((ImportStatus.Done, 3), (import.Status, import.TotalRows));
        Assert.NotNull(import.FinishedAt);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_file_with_a_bad_row_is_rejected_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var board = new ImportProgressBoard<CatalogImport>();
        var steps = new ScriptedSteps(board) { Check = new ImportCheck(3, 1, [new ImportProblem(3, "bad")]) };
        var importId = await RunningImportAsync(host);

        await Runner(host, steps, board).RunAsync(importId);

        Assert.Equal(["check", "reject 1"], steps.Calls);
        Assert.Equal(ImportStatus.Rejected, (await ImportAsync(host, importId)).Status);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_error_while_writing_leaves_the_import_failed_with_its_progress_cleared(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var board = new ImportProgressBoard<CatalogImport>();
        var steps = new ScriptedSteps(board) { WriteFailure = new InvalidOperationException("disk full") };
        var importId = await RunningImportAsync(host);

        await Runner(host, steps, board).RunAsync(importId);

        Assert.Equal(["check", "write", "fail"], steps.Calls);
        Assert.Null(board.Of(importId));
        var import = await ImportAsync(host, importId);
        Assert.Equal((ImportStatus.Failed, ImportRunner<CatalogImport>.Failure), (import.Status, import.Errors));
        Assert.NotNull(import.FinishedAt);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_import_that_is_not_running_is_left_alone(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var board = new ImportProgressBoard<CatalogImport>();
        var steps = new ScriptedSteps(board);
        var importId = await RunningImportAsync(host, ImportStatus.Done);

        await Runner(host, steps, board).RunAsync(importId);

        Assert.Empty(steps.Calls);
        Assert.Null((await ImportAsync(host, importId)).FinishedAt);
    }

    private static ImportRunner<CatalogImport> Runner(CoreHost host, ScriptedSteps steps, ImportProgressBoard<CatalogImport> board) =>
        new(host.Get<IDbContextFactory<ShopDbContext>>(), steps, board, TimeProvider.System, NullLogger<ImportRunner<CatalogImport>>.Instance);

    private static async Task<int> RunningImportAsync(CoreHost host, ImportStatus status = ImportStatus.Running)
    {
        await using var db = await host.Get<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var import = new CatalogImport
        {
            Kind = ImportKind.Models, FileName = "models.csv", StoredName = "none.csv", Status = status, TotalRows = 1, CreatedBy = "test", CreatedAt = DateTime.UtcNow,
        };
        db.Add(import);
        await db.SaveChangesAsync();
        return import.Id;
    }

    private static async Task<CatalogImport> ImportAsync(CoreHost host, int importId)
    {
        await using var db = await host.Get<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<CatalogImport>().AsNoTracking().SingleAsync(i => i.Id == importId);
    }
}
