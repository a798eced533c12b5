using System.Data.Common;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Radzen;
using ShopCrm.Core.Data;
using ShopCrm.Core.Ui;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;

namespace ShopCrm.Benchmarks;

// The order list as a manager filters it: delivered orders placed in one summer quarter (about 100,000 of a
// million), newest first, the third page of 50 with the total count; through OrderListQuery, the grid's
// column filters and GridQuery against the same two statements written by hand in ADO.NET.
[MemoryDiagnoser]
[Config(typeof(MedianAndP95Config))]
public class OrderGridBenchmark
{
    private static readonly DateTime From = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    private const string Filter = "\"Status\" = @status AND \"PlacedAt\" >= @from AND \"PlacedAt\" < @to";

    private const string CountSql = "SELECT COUNT(*) FROM \"Orders\" WHERE " + Filter;

    private const string PageSql = """
        SELECT "Id", "Number", "PlacedAt", "CustomerName", "ClientId", "Channel", "Status", "PaymentMethod", "PaymentState", "GrossMinor", "Currency"
        FROM "Orders"
        WHERE
        """ + " " + Filter + """

        ORDER BY "PlacedAt" DESC LIMIT 50 OFFSET 100
        """;

    private BenchDatabase database = default!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    [Params(1_000_000)]
    public int Orders { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup()
    {
        database = new BenchDatabase(Provider, $"orders_{Orders}");
        using var db = database.NewContext();
        if (db.Set<Order>().Count() != Orders)
        {
            OrderGridData.Generate(db, Provider, Orders);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    // The filters the grid's Status and Placed columns send.
    public static LoadDataArgs GridArgs() => new()
    {
        Skip = 100,
        Top = 50,
        OrderBy = "PlacedAt desc",
        Filters =
        [
            new FilterDescriptor { Property = nameof(OrderRow.Status), FilterValue = OrderStatus.Delivered, FilterOperator = FilterOperator.Equals },
            new FilterDescriptor
            {
                Property = nameof(OrderRow.PlacedAt),
                FilterValue = From,
                FilterOperator = FilterOperator.GreaterThanOrEquals,
                SecondFilterValue = To,
                SecondFilterOperator = FilterOperator.LessThan,
                LogicalFilterOperator = LogicalFilterOperator.And,
            },
        ],
    };

    [Benchmark]
    public async Task<int> GridQueryPage()
    {
        await using var db = database.NewContext();
        var (items, count) = await GridQuery.PageAsync(OrderListQuery.Rows(db.Set<Order>().AsNoTracking()), GridArgs(), "PlacedAt desc");
        return items.Count + count;
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawSqlPage()
    {
        await using DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        int count;
        await using (var command = Command(connection, CountSql))
        {
            count = Convert.ToInt32(await command.ExecuteScalarAsync());
        }

        var rows = new List<OrderRow>(50);
        await using (var command = Command(connection, PageSql))
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(new OrderRow
                {
                    Id = reader.GetInt64(0),
                    Number = reader.GetString(1),
                    PlacedAt = reader.GetDateTime(2),
                    CustomerName = reader.GetString(3),
                    ClientId = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                    Channel = (OrderChannel)reader.GetInt32(5),
                    Status = (OrderStatus)reader.GetInt32(6),
                    PaymentMethod = (PaymentMethod)reader.GetInt32(7),
                    PaymentState = (PaymentState)reader.GetInt32(8),
                    GrossMinor = reader.GetInt64(9),
                    Currency = reader.GetString(10),
                });
            }
        }

        return rows.Count + count;
    }

    // Prints the statements EF Core sends for the grid: `-- --sql` (see Program.cs).
    public static async Task PrintSqlAsync(DatabaseProvider provider)
    {
        using var database = new BenchDatabase(provider);
        await using var db = database.NewContext();
        var rows = OrderListQuery.Rows(db.Set<Order>().AsNoTracking()).Where(GridArgs().Filters!, LogicalFilterOperator.And, FilterCaseSensitivity.CaseInsensitive);
        Console.WriteLine($"-- {provider}: orders page\n{rows.OrderBy("PlacedAt desc").Skip(100).Take(50).ToQueryString()}\n");
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in new (string, object)[] { ("status", (int)OrderStatus.Delivered), ("from", From), ("to", To) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
