using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Data;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Documents;
using ShopCrm.Core.Time;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Handlers;
using ShopCrm.Orders.Services;

namespace ShopCrm.Orders.Demo;

// Two years of orders at full scale (200,000; the small demo has 400 over a month) across the channels,
// for the demo clients and some one-time customers, priced by the one pricing rule at the catalog's prices.
// Orders between confirmation and dispatch hold real reservations taken through the catalog's stock
// service, so the stock the catalog shows is what the open orders leave; the clients' statistics,
// categories and timelines are recorded from these orders through the Clients contracts, never made up.
// Rows go in with multi-row INSERTs and ids chosen here.
internal sealed class OrdersDemoSeeder(
    IDbContextFactory<ShopDbContext> contexts,
    ShopClock clock,
    IStockReservations reservations,
    IClientOrderHistory history,
    IClientTimeline timeline,
    IClientSummaries clients,
    ILogger<OrdersDemoSeeder> logger) : IDemoDataSeeder
{
    private const int TwoYears = 730;

    // Enough recent orders in the small demo for the today board and the packing queue to have work.
    private const int SmallSpanDays = 30;

    public int Order => 200;

    public string Name => "Orders";

    public async Task SeedAsync(DemoScale scale, CancellationToken ct)
    {
        List<DemoOrder> orders;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var mainWarehouse = await db.Set<Warehouse>().Where(w => w.IsDefault).Select(w => (int?)w.Id).FirstOrDefaultAsync(ct);
            if (await db.Set<Order>().AnyAsync(ct) || mainWarehouse is not { } warehouseId)
            {
                return;
            }

            var products = await db.Set<Product>().AsNoTracking()
                .Where(p => p.Status == ProductStatus.Active && p.MergedIntoId == null && p.NetPriceMinor > 0)
                .OrderBy(p => p.Id)
                .Select(p => new DemoProduct(p.Id, p.Sku, p.Name, p.NetPriceMinor, p.GrossPriceMinor, p.VatRatePercent))
                .ToListAsync(ct);
            if (products.Count == 0)
            {
                return;
            }

            var available = await db.Set<ProductStock>().AsNoTracking()
                .Where(s => s.WarehouseId == warehouseId)
                .ToDictionaryAsync(s => s.ProductId, s => s.OnHand - s.Reserved, ct);
            var customers = await clients.Query(db)
                .Where(c => c.Status == ClientStatus.Active)
                .OrderBy(c => c.Id)
                .Select(c => new DemoCustomer(c.Id, c.DisplayName, c.Email, c.Phone, c.CompanyName, c.VatId, c.Street, c.PostalCode, c.City, c.Region))
                .ToListAsync(ct);
            var factory = new DemoOrderFactory(new Random(2024), products, customers, available, warehouseId, clock);
            orders = scale == DemoScale.Full ? factory.Make(200_000, TwoYears) : factory.Make(400, SmallSpanDays);
            logger.LogInformation("Demo orders made: {Orders} in {Seconds:N1} s", orders.Count, watch.Elapsed.TotalSeconds);
            await WriteAsync(db, orders, factory.LastNumberOfYear, ct);
            logger.LogInformation("Demo orders written: {Seconds:N1} s", watch.Elapsed.TotalSeconds);
        }

        foreach (var (order, line) in orders.Select(o => o.Order).Where(o => OrderTransitions.HoldsReservations(o.Status))
                     .SelectMany(o => o.Lines.Where(l => !l.OnBackorder).Select(l => (o, l))))
        {
            var reserved = await reservations.ReserveAsync(OrderWorkflow.StockKey(order, line), line.ProductId, line.Quantity, line.WarehouseId, ct);
            if (!reserved.Succeeded)
            {
                throw new InvalidOperationException($"The demo order {order.Number} could not reserve {line.Sku}: {reserved.Error!.Message}");
            }
        }

        logger.LogInformation("Demo orders reserved: {Seconds:N1} s", watch.Elapsed.TotalSeconds);
        var clientOrders = orders.Select(o => o.Order).Where(o => o.ClientId is not null).ToList();
        await history.RecordManyAsync(clientOrders.Select(o => OrderClientFacts.RecordOf(o, o.ClientId!.Value)).ToList(), ct);
        logger.LogInformation("Demo orders in client history: {Seconds:N1} s", watch.Elapsed.TotalSeconds);
        await timeline.AddManyAsync(orders.Where(o => o.Order.ClientId is not null).SelectMany(TimelineOf).ToList(), ct);
    }

    private static async Task WriteAsync(ShopDbContext db, List<DemoOrder> orders, IReadOnlyDictionary<int, int> lastNumberOfYear, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await BulkInsert.InsertAsync(
            db,
            orders.Select(o => o.Order).ToList(),
            ct,
            ("Id", o => o.Id),
            ("Number", o => o.Number),
            ("Channel", o => o.Channel),
            ("Status", o => o.Status),
            ("ClientId", o => o.ClientId),
            ("CustomerName", o => o.CustomerName),
            ("CustomerEmail", o => o.CustomerEmail),
            ("CustomerPhone", o => o.CustomerPhone),
            ("CompanyName", o => o.CompanyName),
            ("VatId", o => o.VatId),
            ("PaymentMethod", o => o.PaymentMethod),
            ("PaymentState", o => o.PaymentState),
            ("DeliveryMethod", o => o.DeliveryMethod),
            ("Region", o => o.Region),
            ("Street", o => o.Street),
            ("PostalCode", o => o.PostalCode),
            ("City", o => o.City),
            ("Country", o => o.Country),
            ("Carrier", o => o.Carrier),
            ("TrackingNumber", o => o.TrackingNumber),
            ("SiteOrderId", o => o.SiteOrderId),
            ("Currency", o => o.Currency),
            ("PriceBasis", o => o.PriceBasis),
            ("NetMinor", o => o.NetMinor),
            ("VatMinor", o => o.VatMinor),
            ("GrossMinor", o => o.GrossMinor),
            ("OrderDiscountMinor", o => o.OrderDiscountMinor),
            ("CertificateAmountMinor", o => o.CertificateAmountMinor),
            ("PayableMinor", o => o.PayableMinor),
            ("RefundDueMinor", o => o.RefundDueMinor),
            ("PlacedAt", o => o.PlacedAt),
            ("ConfirmedAt", o => o.ConfirmedAt),
            ("PaidAt", o => o.PaidAt),
            ("AssemblyAt", o => o.AssemblyAt),
            ("PackedAt", o => o.PackedAt),
            ("ShippedAt", o => o.ShippedAt),
            ("DeliveredAt", o => o.DeliveredAt),
            ("CancelledAt", o => o.CancelledAt),
            ("ReturnedAt", o => o.ReturnedAt),
            ("UpdatedAt", o => o.UpdatedAt),
            ("Version", o => o.Version));
        await BulkInsert.InsertAsync(
            db,
            orders.SelectMany(o => o.Order.Lines).ToList(),
            ct,
            ("Id", l => l.Id),
            ("OrderId", l => l.OrderId),
            ("Position", l => l.Position),
            ("ProductId", l => l.ProductId),
            ("Sku", l => l.Sku),
            ("Name", l => l.Name),
            ("Quantity", l => l.Quantity),
            ("UnitNetMinor", l => l.UnitNetMinor),
            ("UnitGrossMinor", l => l.UnitGrossMinor),
            ("VatRatePercent", l => l.VatRatePercent),
            ("LineDiscountMinor", l => l.LineDiscountMinor),
            ("OrderDiscountShareMinor", l => l.OrderDiscountShareMinor),
            ("NetMinor", l => l.NetMinor),
            ("VatMinor", l => l.VatMinor),
            ("GrossMinor", l => l.GrossMinor),
            ("BackorderAllowed", l => l.BackorderAllowed),
            ("OnBackorder", l => l.OnBackorder),
            ("WarehouseId", l => l.WarehouseId),
            ("ReturnedQuantity", l => l.ReturnedQuantity));
        await BulkInsert.InsertAsync(
            db,
            orders.SelectMany(o => o.Changes).ToList(),
            ct,
            ("OrderId", c => c.OrderId),
            ("From", c => c.From),
            ("To", c => c.To),
            ("At", c => c.At),
            ("ChangedBy", c => c.ChangedBy),
            ("Note", c => c.Note));
        var returns = orders.Where(o => o.Return is not null).Select(o => o.Return!).ToList();
        await BulkInsert.InsertAsync(
            db,
            returns,
            ct,
            ("Id", r => r.Id),
            ("OrderId", r => r.OrderId),
            ("At", r => r.At),
            ("RecordedBy", r => r.RecordedBy),
            ("Reason", r => r.Reason),
            ("RefundDueMinor", r => r.RefundDueMinor),
            ("CertificateRefundMinor", r => r.CertificateRefundMinor));
        await BulkInsert.InsertAsync(
            db,
            returns.SelectMany(r => r.Lines.Select(l => new OrderReturnLine { OrderReturnId = r.Id, OrderLineId = l.OrderLineId, Quantity = l.Quantity, GrossMinor = l.GrossMinor })).ToList(),
            ct,
            ("OrderReturnId", l => l.OrderReturnId),
            ("OrderLineId", l => l.OrderLineId),
            ("Quantity", l => l.Quantity),
            ("GrossMinor", l => l.GrossMinor));
        await BulkInsert.InsertAsync(
            db,
            orders.Where(o => o.RemindedAt is not null).Select(o => new OrderPaymentReminder { OrderId = o.Order.Id, RemindedAt = o.RemindedAt!.Value, CancelledAt = o.Order.CancelledAt }).ToList(),
            ct,
            ("OrderId", r => r.OrderId),
            ("RemindedAt", r => r.RemindedAt),
            ("CancelledAt", r => r.CancelledAt));
        foreach (var (year, last) in lastNumberOfYear)
        {
            await DocumentNumbers.ContinueAfterAsync(db, OrderService.NumberSeries, year, last, ct);
        }

        if (!db.Database.IsSqlite())
        {
            // Ids were chosen here: the identity sequences have to continue after them.
            await db.Database.ExecuteSqlRawAsync(
                """
                SELECT setval(pg_get_serial_sequence('"Orders"', 'Id'), (SELECT MAX("Id") FROM "Orders"));
                SELECT setval(pg_get_serial_sequence('"OrderLines"', 'Id'), (SELECT MAX("Id") FROM "OrderLines"));
                SELECT setval(pg_get_serial_sequence('"OrderReturns"', 'Id'), (SELECT COALESCE(MAX("Id"), 0) + 1 FROM "OrderReturns"), false);
                """,
                ct);
        }

        await transaction.CommitAsync(ct);
    }

    // What the client's card shows of each order: that it was placed and where it ended up, keyed like the
    // entries the workflow adds, so later changes of the same order add to them.
    private static IEnumerable<ClientTimelineInput> TimelineOf(DemoOrder demo)
    {
        var order = demo.Order;
        var placed = demo.Changes[0];
        yield return Entry(order, placed, $"Order {order.Number} placed", $"{order.Lines.Count} {(order.Lines.Count == 1 ? "line" : "lines")}");
        if (demo.Changes.Count > 1)
        {
            var last = demo.Changes[^1];
            yield return Entry(order, last, $"Order {order.Number} {OrderStatusText.Of(last.To)}", last.Note);
        }
    }

    private static ClientTimelineInput Entry(Order order, OrderStatusChange change, string title, string? detail) =>
        new(order.ClientId!.Value, change.At, ClientTimelineKind.Order, title, detail, $"/orders/{order.Id}", "Orders", $"order:{order.Id}:{change.To}:{change.At.Ticks}");
}
