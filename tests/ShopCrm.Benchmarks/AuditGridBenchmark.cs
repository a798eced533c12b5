using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Radzen;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Ui;

namespace ShopCrm.Benchmarks;

// The grid path every list takes (GridQuery: filter, count, sort and page in SQL), over 200,000 audit
// rows, against the same two statements written by hand in ADO.NET. The goal for lists is a ratio <= 1.3.
[MemoryDiagnoser]
public class AuditGridBenchmark
{
    private const int Rows = 200_000;
    private static readonly string[] EntityTypes = ["Order", "Product", "Client", "Payment", "StockMovement"];

    private BenchDatabase database = default!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup()
    {
        database = new BenchDatabase(Provider);
        using var db = database.NewContext();
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var batch = 0; batch < Rows / 10_000; batch++)
        {
            db.ChangeTracker.Clear();
            db.AuditEntries.AddRange(Enumerable.Range(batch * 10_000, 10_000).Select(i => new AuditEntry
            {
                At = start.AddMinutes(i),
                UserName = "user" + (i % 40),
                EntityType = EntityTypes[i % EntityTypes.Length],
                EntityKey = (i / 5).ToString(),
                Action = "Modified",
                Changes = "{\"Status\":[\"New\",\"Confirmed\"]}",
            }));
            db.SaveChanges();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark]
    public async Task<int> GridQueryPage()
    {
        await using var db = database.NewContext();
        var args = new LoadDataArgs
        {
            Skip = 100,
            Top = 50,
            OrderBy = "At desc",
            Filters = [new FilterDescriptor { Property = "EntityType", FilterValue = "Order", FilterOperator = FilterOperator.Equals }],
        };
        var (items, count) = await GridQuery.PageAsync(db.AuditEntries.AsNoTracking(), args, "At desc");
        return items.Count + count;
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawSqlPage()
    {
        await using var connection = await database.OpenConnectionAsync();
        var count = 0;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT COUNT(*) FROM \"AuditEntries\" WHERE lower(\"EntityType\") = 'order'";
            count = Convert.ToInt32(await command.ExecuteScalarAsync());
        }

        var rows = 0;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"Id\", \"At\", \"UserId\", \"UserName\", \"EntityType\", \"EntityKey\", \"Action\", \"Changes\" FROM \"AuditEntries\" " +
                "WHERE lower(\"EntityType\") = 'order' ORDER BY \"At\" DESC LIMIT 50 OFFSET 100";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                _ = new AuditEntry
                {
                    Id = reader.GetInt64(0),
                    At = reader.GetDateTime(1),
                    UserId = reader.IsDBNull(2) ? null : reader.GetString(2),
                    UserName = reader.GetString(3),
                    EntityType = reader.GetString(4),
                    EntityKey = reader.GetString(5),
                    Action = reader.GetString(6),
                    Changes = reader.GetString(7),
                };
                rows++;
            }
        }

        return rows + count;
    }
}
