using System.Data.Common;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Data;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;

namespace ShopCrm.Benchmarks;

// Sixteen callers at once, each placing four site orders of two lines for a one-time customer with
// OrderService.PlaceAsync (what POST /api/v1/orders calls) and confirming each with OrderWorkflow, which
// reserves the stock line by line (what the order card calls). The baseline does the same work by hand in
// ADO.NET: the site order id look-up, the prices, the gapless number, the order with its lines, status row
// and audit row in one transaction; per line the reservation claim, the conditional stock update, the
// ledger row and the cached availability in one; the confirmation with its status and audit rows in one.
// Times are per order (OperationsPerInvoke), so orders per second = 1 / time.
[Config(typeof(MedianAndP95Config))]
public class OrderPlacementBenchmark
{
    private const int Callers = 16;
    private const int OrdersPerCaller = 4;
    private const int Models = 200;

    // The PostgreSQL database outlives a run: this run's warehouse, models and site order ids are its own.
    private readonly string run = Guid.NewGuid().ToString("N")[..8];
    private BenchDatabase database = default!;
    private int warehouseId;
    private int firstProductId;
    private int next;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup()
    {
        database = new BenchDatabase(Provider);
        using var db = database.NewContext();
        var category = new Category { Name = "Kołowrotki", Path = "/" };
        var warehouse = new Warehouse { Code = $"MAG-{run}", Name = "Magazyn główny", IsDefault = true };
        db.AddRange(category, warehouse);
        db.SaveChanges();
        warehouseId = warehouse.Id;
        var now = DateTime.UtcNow;
        var products = Enumerable.Range(1, Models).Select(i => new Product
        {
            Sku = $"KOL-{run}-{i:D4}", Name = $"Kołowrotek spinningowy {i}", CategoryId = category.Id, Status = ProductStatus.Active,
            NetPriceMinor = 10_000 + i * 37, GrossPriceMinor = (10_000 + i * 37) * 123 / 100, CreatedAt = now, UpdatedAt = now,
        }).ToList();
        db.AddRange(products);
        db.SaveChanges();
        firstProductId = products[0].Id;
        var stock = database.Services.GetRequiredService<StockService>();
        foreach (var product in products)
        {
            var received = stock.ReceiveAsync(product.Id, warehouseId, 1_000_000, "Benchmark", null).GetAwaiter().GetResult();
            if (!received.Succeeded)
            {
                throw new InvalidOperationException(received.Error!.Message);
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    [Benchmark(OperationsPerInvoke = Callers * OrdersPerCaller)]
    public Task ThroughOrderServices() => AllCallersAsync(PlaceAndConfirmAsync);

    [Benchmark(Baseline = true, OperationsPerInvoke = Callers * OrdersPerCaller)]
    public Task HandWrittenAdoNet() => AllCallersAsync(PlaceAndConfirmByHandAsync);

    private async Task AllCallersAsync(Func<int, int, Task> placeAndConfirm)
    {
        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < OrdersPerCaller; i++)
            {
                var n = Interlocked.Increment(ref next);
                await placeAndConfirm(n, firstProductId + n * 7 % Models);
            }
        }));
        await Task.WhenAll(callers);
    }

    private async Task PlaceAndConfirmAsync(int n, int productId)
    {
        var placed = await database.Services.GetRequiredService<OrderService>().PlaceAsync(new OrderDraft
        {
            Channel = OrderChannel.Site,
            SiteOrderId = $"BENCH-{run}-{n}",
            CustomerName = "Jan Kowalski",
            CustomerEmail = "jan.kowalski@example.pl",
            PaymentMethod = PaymentMethod.CashOnDelivery,
            DeliveryMethod = DeliveryMethod.Courier,
            Street = "ul. Leśna 5",
            PostalCode = "00-950",
            City = "Warszawa",
            Lines = [new OrderLineDraft(productId, 1), new OrderLineDraft(SecondProduct(productId), 2)],
        });
        var order = placed.Value ?? throw new InvalidOperationException(placed.Error!.Message);
        var confirmed = await database.Services.GetRequiredService<OrderWorkflow>().ChangeStatusAsync(new OrderStatusRequest(order.Id, order.Version, OrderStatus.Confirmed));
        if (!confirmed.Succeeded)
        {
            throw new InvalidOperationException(confirmed.Error!.Message);
        }
    }

    private int SecondProduct(int productId) => firstProductId + (productId - firstProductId + 1) % Models;

    private async Task PlaceAndConfirmByHandAsync(int n, int productId)
    {
        await using var connection = Open();
        var now = DateTime.UtcNow;
        var siteOrderId = $"BENCH-RAW-{run}-{n}";
        var lines = new[] { (ProductId: productId, Quantity: 1), (ProductId: SecondProduct(productId), Quantity: 2) };
        long orderId;
        string number;
        var priced = new List<(int ProductId, int Quantity, string Sku, string Name, long UnitNet, int Vat)>();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            if (await ScalarAsync(connection, transaction, """SELECT "Id" FROM "Orders" WHERE "SiteOrderId" = @p0""", siteOrderId) is not null)
            {
                throw new InvalidOperationException("The order already exists.");
            }

            foreach (var line in lines)
            {
                await using var read = Command(connection, transaction, """SELECT "Sku", "Name", "NetPriceMinor", "VatRatePercent" FROM "Products" WHERE "Id" = @p0""", line.ProductId);
                await using var reader = await read.ExecuteReaderAsync();
                await reader.ReadAsync();
                priced.Add((line.ProductId, line.Quantity, reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt32(3)));
            }

            var pricing = OrderPricing.Calculate(priced.Select(l => new PricingLine(l.UnitNet, l.Vat, l.Quantity, 0)).ToList(), ShopCrm.Core.Money.PriceBasis.Net, 0, 0, "PLN");
            await ExecuteAsync(connection, transaction, """INSERT INTO "DocumentNumberSequences" ("Series", "Year", "LastNumber") VALUES ('ZAM', @p0, 0) ON CONFLICT DO NOTHING""", now.Year);
            var last = Convert.ToInt32(await ScalarAsync(connection, transaction, """UPDATE "DocumentNumberSequences" SET "LastNumber" = "LastNumber" + 1 WHERE "Series" = 'ZAM' AND "Year" = @p0 RETURNING "LastNumber" """, now.Year));
            number = $"ZAM/{now.Year}/{last:D5}";
            orderId = Convert.ToInt64(await ScalarAsync(
                connection,
                transaction,
                """
                INSERT INTO "Orders" ("Number", "Channel", "Status", "CustomerName", "CustomerEmail", "PaymentMethod", "PaymentState", "DeliveryMethod", "Street", "PostalCode", "City",
                    "Country", "SiteOrderId", "Currency", "NetMinor", "VatMinor", "GrossMinor", "OrderDiscountMinor", "CertificateAmountMinor", "PayableMinor", "RefundDueMinor",
                    "PlacedAt", "UpdatedAt", "Version")
                VALUES (@p0, 0, 0, 'Jan Kowalski', 'jan.kowalski@example.pl', 1, 0, 0, 'ul. Leśna 5', '00-950', 'Warszawa', 'PL', @p1, 'PLN', @p2, @p3, @p4, 0, 0, @p4, 0, @p5, @p5, 0)
                RETURNING "Id"
                """,
                number, siteOrderId, pricing.NetMinor, pricing.VatMinor, pricing.GrossMinor, now));
            for (var i = 0; i < priced.Count; i++)
            {
                var (id, quantity, sku, name, unitNet, vat) = priced[i];
                var price = pricing.Lines[i];
                await ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO "OrderLines" ("OrderId", "Position", "ProductId", "Sku", "Name", "Quantity", "UnitNetMinor", "UnitGrossMinor", "VatRatePercent", "LineDiscountMinor",
                        "OrderDiscountShareMinor", "NetMinor", "VatMinor", "GrossMinor", "BackorderAllowed", "OnBackorder", "ReturnedQuantity")
                    VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, 0, 0, @p9, @p10, @p11, FALSE, FALSE, 0)
                    """,
                    orderId, i + 1, id, sku, name, quantity, unitNet, price.UnitGrossMinor, vat, price.NetMinor, price.VatMinor, price.GrossMinor);
            }

            await ExecuteAsync(connection, transaction, """INSERT INTO "OrderStatusChanges" ("OrderId", "From", "To", "At", "ChangedBy") VALUES (@p0, NULL, 0, @p1, 'system')""", orderId, now);
            await AuditAsync(connection, transaction, orderId, "Added", now);
            await transaction.CommitAsync();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var (id, quantity) = lines[i];
            var key = $"{number}#{i + 1}";
            await ExecuteAsync(
                connection,
                transaction,
                """
                INSERT INTO "StockReservations" ("OrderLine", "ProductId", "WarehouseId", "Quantity", "Status", "CreatedAt", "UpdatedAt")
                VALUES (@p0, @p1, @p2, @p3, 0, @p4, @p4) ON CONFLICT DO NOTHING
                """,
                key, id, warehouseId, quantity, now);
            var taken = await ExecuteAsync(
                connection,
                transaction,
                """UPDATE "ProductStocks" SET "Reserved" = "Reserved" + @p2 WHERE "ProductId" = @p0 AND "WarehouseId" = @p1 AND "Reserved" + @p2 <= "OnHand" """,
                id, warehouseId, quantity);
            if (taken == 0)
            {
                throw new InvalidOperationException("Out of stock.");
            }

            await ExecuteAsync(
                connection,
                transaction,
                """
                INSERT INTO "StockMovements" ("ProductId", "WarehouseId", "Type", "OnHandChange", "ReservedChange", "At", "UserName", "Document")
                VALUES (@p0, @p1, @p2, 0, @p3, @p4, 'system', @p5)
                """,
                id, warehouseId, (int)StockMovementType.Reservation, quantity, now, key);
            await ExecuteAsync(connection, transaction, """UPDATE "Products" SET "AvailableStock" = "AvailableStock" - @p1, "UpdatedAt" = @p2 WHERE "Id" = @p0""", id, quantity, now);
            await transaction.CommitAsync();
        }

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var confirmed = await ExecuteAsync(
                connection,
                transaction,
                """UPDATE "Orders" SET "Status" = 1, "ConfirmedAt" = @p1, "UpdatedAt" = @p1, "Version" = 1 WHERE "Id" = @p0 AND "Version" = 0""",
                orderId, now);
            if (confirmed == 0)
            {
                throw new InvalidOperationException("Someone else changed the order.");
            }

            await ExecuteAsync(connection, transaction, """UPDATE "OrderLines" SET "WarehouseId" = @p1 WHERE "OrderId" = @p0""", orderId, warehouseId);
            await ExecuteAsync(connection, transaction, """INSERT INTO "OrderStatusChanges" ("OrderId", "From", "To", "At", "ChangedBy") VALUES (@p0, 0, 1, @p1, 'system')""", orderId, now);
            await AuditAsync(connection, transaction, orderId, "Modified", now);
            await transaction.CommitAsync();
        }
    }

    private DbConnection Open()
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { DefaultTimeout = 60, ForeignKeys = true }.ToString())
            : new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        return connection;
    }

    private static Task AuditAsync(DbConnection connection, DbTransaction transaction, long orderId, string action, DateTime now) =>
        ExecuteAsync(
            connection,
            transaction,
            """INSERT INTO "AuditEntries" ("At", "UserName", "EntityType", "EntityKey", "Action", "Changes") VALUES (@p0, 'system', 'Order', @p1, @p2, '{}')""",
            now, orderId.ToString(System.Globalization.CultureInfo.InvariantCulture), action);

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, params object[] values)
    {
        await using var command = Command(connection, transaction, sql, values);
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, params object[] values)
    {
        await using var command = Command(connection, transaction, sql, values);
        return await command.ExecuteScalarAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params object[] values)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "p" + i;
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
