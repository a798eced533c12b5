using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Radzen;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Ui;

namespace ShopCrm.Benchmarks;

// The client list as an order manager narrows it: one region, the lost clients, the biggest spenders
// first, a page of 50 with the total count; through ClientListQuery and GridQuery (what the page runs)
// against the same two statements written by hand in ADO.NET. A million clients (ClientBenchData), of
// whom the filter keeps about 8,900.
[MemoryDiagnoser]
[Config(typeof(MedianAndP95Config))]
public class ClientGridBenchmark
{
    private const int Clients = 1_000_000;
    private const string Region = "mazowieckie";

    private const string Filter = """
        c."Status" = 'Active' AND c."IsLost" AND c."Region" = @region
        """;

    private const string CountSql = "SELECT COUNT(*) FROM \"Clients\" c WHERE " + Filter;

    private const string PageSql = """
        SELECT c."Id", c."DisplayName", c."Email", c."Phone", c."City", c."Region", c."CompletedOrders", c."TotalSpentMinor",
               c."LastOrderAt", c."IsVip", c."IsLost", c."IsLousy"
        FROM "Clients" c
        WHERE
        """ + " " + Filter + """

        ORDER BY c."TotalSpentMinor" DESC LIMIT 50 OFFSET 0
        """;

    private static readonly ClientFilter Lost = new(Category: ClientCategory.Lost, Region: Region);

    private BenchDatabase database = default!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup() => database = ClientBenchData.Open(Provider, Clients);

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark]
    public async Task<int> GridQueryPage()
    {
        await using var db = database.NewContext();
        var (items, count) = await GridQuery.PageAsync(ClientListQuery.Rows(db, Lost), new LoadDataArgs { Skip = 0, Top = 50, OrderBy = "TotalSpentMinor desc" }, "DisplayName");
        return items.Count + count;
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawSqlPage()
    {
        await using var connection = await database.OpenConnectionAsync();
        var count = await BenchDatabase.CountAsync(connection, CountSql, ("region", Region));
        var rows = new List<ClientListRow>(50);
        await using (var command = BenchDatabase.Command(connection, PageSql, ("region", Region)))
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(new ClientListRow
                {
                    Id = reader.GetInt32(0),
                    DisplayName = reader.GetString(1),
                    Email = reader.IsDBNull(2) ? null : reader.GetString(2),
                    Phone = reader.IsDBNull(3) ? null : reader.GetString(3),
                    City = reader.IsDBNull(4) ? null : reader.GetString(4),
                    Region = reader.IsDBNull(5) ? null : reader.GetString(5),
                    CompletedOrders = reader.GetInt32(6),
                    TotalSpentMinor = reader.GetInt64(7),
                    LastOrderAt = reader.IsDBNull(8) ? null : reader.GetDateTime(8),
                    IsVip = reader.GetBoolean(9),
                    IsLost = reader.GetBoolean(10),
                    IsLousy = reader.GetBoolean(11),
                });
            }
        }

        return rows.Count + count;
    }

    // Both statements as EF Core sends them, to compare with the hand-written ones: `-- --sql`.
    public static void PrintSql(DatabaseProvider provider)
    {
        using var database = new BenchDatabase(provider);
        using var db = database.NewContext();
        var rows = ClientListQuery.Rows(db, Lost);
        Console.WriteLine($"-- {provider}: client rows (counted)\n{rows.ToQueryString()}\n");
        Console.WriteLine($"-- {provider}: client page\n{rows.OrderBy("TotalSpentMinor desc").Skip(0).Take(50).ToQueryString()}\n");
    }
}
