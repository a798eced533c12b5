using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Jobs;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Catalog.Services.Suppliers;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;
using ShopCrm.Core.Events;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class RestockJobTests
{
    // 10:00 in Warsaw: the alert's day is the shop's day.
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly EventRecorder events = new();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task<CoreHost> StartAsync(DatabaseProvider provider) =>
        CoreHost.StartAsync(provider, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton(events);
            s.AddDomainEventHandler<StockBelowMinimum, EventRecorder>();
        });

    private static RestockJob Job(CoreHost host) => ActivatorUtilities.CreateInstance<RestockJob>(host.Services);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_model_below_its_minimum_gets_an_alert_an_event_and_a_line_in_the_warehouse_digest(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var shop = await RestockTestData.CreateAsync(host);
        await shop.WarehouseWorkerAsync("magazyn@wedkarskiraj.pl", "Paweł Łęcki");
        var supplier = await shop.SupplierAsync("Hurtownia Wędkarska Szczupak", 7);
        var lowStock = await shop.ModelAsync("WS-240", "Wędka spinningowa Jaxon 2,40 m", onHand: 3, minimum: 5, supplier, reserved: 1);
        await shop.ModelAsync("WS-270", "Wędka spinningowa Jaxon 2,70 m", onHand: 10, minimum: 5, supplier);
        await shop.ModelAsync("KO-30", "Kołowrotek Okuma 3000", onHand: 0, minimum: 0, supplier);

        var run = await Job(host).RunAsync();

        Assert.Equal(3, run.ModelsChecked);
        await using var db = await host.NewContextAsync();
        var alert = Assert.Single(await db.Set<RestockAlert>().ToListAsync());
        Assert.Equal([alert.Id], run.NewAlertIds);
        Assert.Equal(
            (lowStock.Id, RestockReason.BelowMinimum, 2, 5, 3, supplier.Id, 7, RestockAlertStatus.Open, new DateOnly(2026, 3, 10)),
            (alert.ProductId, alert.Reason, alert.Available, alert.Minimum, alert.SuggestedQuantity, alert.SupplierId, alert.LeadTimeDays, alert.Status, alert.Day));
        await host.DeliverEventsAsync();
        var raised = Assert.Single(events.Raised);
        Assert.Equal((alert.Id, lowStock.Id, 3), (raised.AlertId, raised.ProductId, raised.SuggestedQuantity));
        var mail = JsonSerializer.Deserialize<EmailMessage>((await db.OutboxMessages.SingleAsync()).Payload)!;
        Assert.Equal("magazyn@wedkarskiraj.pl", Assert.Single(mail.To).Address);
        Assert.Equal("Restock: 1 model to order", mail.Subject);
        Assert.Contains("Wędka spinningowa Jaxon 2,40 m", System.Net.WebUtility.HtmlDecode(mail.HtmlBody), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_warehouse_with_its_own_minimum_is_held_to_it_and_the_other_warehouses_share_the_models_minimum(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var shop = await RestockTestData.CreateAsync(host);
        var store = await CatalogTestData.AddAsync(host, new Warehouse { Code = "SKL", Name = "Sklep stacjonarny" });
        var supplier = await shop.SupplierAsync("Hurtownia Wędkarska Szczupak", 7);
        var stock = host.Get<StockService>();

        // 10 in the main warehouse is plenty for the model's 5, but the shop floor wants 3 of its own and has 1.
        var shortInStore = await shop.ModelAsync("WS-240", "Wędka spinningowa Jaxon 2,40 m", onHand: 10, minimum: 5, supplier);
        await CatalogTestData.StockAsync(host, shortInStore, store, 1);
        // The shop floor keeps none on purpose: its own minimum of 0 stops the model's 5 applying there.
        var noneInStore = await shop.ModelAsync("WS-270", "Wędka spinningowa Jaxon 2,70 m", onHand: 10, minimum: 5, supplier);
        // Only the main warehouse holds it, with its own minimum of 2: 3 units are enough although the model says 5.
        var ownInMain = await shop.ModelAsync("KO-30", "Kołowrotek Okuma 3000", onHand: 3, minimum: 5, supplier);

        Assert.True((await stock.SetWarehouseMinimumsAsync(shortInStore.Id, new Dictionary<int, int?> { [store.Id] = 3, [shop.Warehouse.Id] = null })).Succeeded);
        Assert.True((await stock.SetWarehouseMinimumsAsync(noneInStore.Id, new Dictionary<int, int?> { [store.Id] = 0 })).Succeeded);
        Assert.True((await stock.SetWarehouseMinimumsAsync(ownInMain.Id, new Dictionary<int, int?> { [shop.Warehouse.Id] = 2 })).Succeeded);
        Assert.Equal(StockError.InvalidMinimum, (await stock.SetWarehouseMinimumsAsync(ownInMain.Id, new Dictionary<int, int?> { [store.Id] = -1 })).Error);

        await Job(host).RunAsync();

        await using var db = await host.NewContextAsync();
        var alert = Assert.Single(await db.Set<RestockAlert>().ToListAsync());
        Assert.Equal((shortInStore.Id, RestockReason.BelowMinimum, 11, 8), (alert.ProductId, alert.Reason, alert.Available, alert.Minimum));
        var audited = await db.AuditEntries.Where(a => a.EntityType == nameof(ProductStock)).Select(a => a.EntityKey).ToListAsync();
        string[] changed = [$"{shortInStore.Id}/{store.Id}", $"{noneInStore.Id}/{store.Id}", $"{ownInMain.Id}/{shop.Warehouse.Id}"];
        Assert.Equal(changed.Order(), audited.Order());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_model_that_sells_out_before_the_supplier_can_deliver_is_found_by_the_faster_of_its_30_and_90_day_speeds(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var shop = await RestockTestData.CreateAsync(host);
        var supplier = await shop.SupplierAsync("Dalekowschodni Import", 21);

        // Sold 30 units in the last 30 days and 10 before: 1/day recently, 0.44/day over 90 days.
        var recent = await shop.ModelAsync("PR-1", "Przynęta gumowa Relax 10 cm", onHand: 20, minimum: 5, supplier);
        // Sold 90 units two months ago and nothing lately: 0/day recently, 1/day over 90 days.
        var seasonal = await shop.ModelAsync("SP-1", "Spławik Robinson 4 g", onHand: 20, minimum: 5, supplier);
        // Sold 500 units 100 days ago: outside both windows.
        var old = await shop.ModelAsync("HA-1", "Haczyki Owner nr 6", onHand: 20, minimum: 5, supplier);
        // Sells as fast but has stock for longer than the lead time.
        var stocked = await shop.ModelAsync("PR-2", "Przynęta gumowa Relax 12 cm", onHand: 40, minimum: 5, supplier);

        // The clock moves through the last 90 days while the shop sells.
        clock.Advance(TimeSpan.FromDays(-90));
        for (var day = 0; day < 90; day++)
        {
            if (day < 60 && day % 6 == 0)
            {
                await shop.SaleAsync(recent, 1, Now);
            }

            if (day is >= 20 and < 50)
            {
                await shop.SaleAsync(seasonal, 3, Now);
            }

            if (day >= 60)
            {
                await shop.SaleAsync(recent, 1, Now.AddHours(1));
                await shop.SaleAsync(stocked, 1, Now.AddHours(1));
            }

            clock.Advance(TimeSpan.FromDays(1));
        }

        await shop.SaleAsync(old, 500, Now.AddDays(-100));

        var run = await Job(host).RunAsync();

        await using var db = await host.NewContextAsync();
        var alerts = await db.Set<RestockAlert>().OrderBy(a => a.ProductId).ToListAsync();
        Assert.Equal([recent.Id, seasonal.Id], alerts.Select(a => a.ProductId));
        Assert.Equal(2, run.NewAlertIds.Count);
        var forRecent = alerts[0];
        Assert.Equal(RestockReason.RunsOutBeforeDelivery, forRecent.Reason);
        Assert.Equal(1.0, forRecent.DailySales30, 3);
        Assert.Equal(40 / 90.0, forRecent.DailySales90, 3);
        // 1/day for the 21 days of lead time and 30 days after, plus the minimum of 5, less the 20 in stock.
        Assert.Equal(36, forRecent.SuggestedQuantity);
        var forSeasonal = alerts[1];
        Assert.Equal((RestockReason.RunsOutBeforeDelivery, 0.0, 1.0, 36), (forSeasonal.Reason, forSeasonal.DailySales30, forSeasonal.DailySales90, forSeasonal.SuggestedQuantity));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_model_gets_at_most_one_alert_a_day_even_when_the_job_runs_twice_at_once(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var shop = await RestockTestData.CreateAsync(host);
        await shop.WarehouseWorkerAsync("magazyn@wedkarskiraj.pl", "Paweł Łęcki");
        var supplier = await shop.SupplierAsync("Hurtownia Wędkarska Szczupak", 7);
        for (var i = 0; i < 30; i++)
        {
            await shop.ModelAsync($"ZY-{i:00}", $"Żyłka Dragon {i + 10} m", onHand: 1, minimum: 4, supplier);
        }

        var runs = await Task.WhenAll(Job(host).RunAsync(), Job(host).RunAsync());
        var again = await Job(host).RunAsync();

        Assert.Equal(30, runs.Sum(r => r.NewAlertIds.Count));
        Assert.Empty(again.NewAlertIds);
        await host.DeliverEventsAsync();
        Assert.Equal(30, events.Raised.Count);
        await using (var db = await host.NewContextAsync())
        {
            Assert.Equal(30, await db.Set<RestockAlert>().CountAsync());
            // The run that wrote the alerts mailed them; the other had nothing new to tell.
            Assert.Equal(runs.Count(r => r.NewAlertIds.Count > 0), await db.OutboxMessages.CountAsync());
        }

        // Dismissed today, raised again tomorrow if the model is still short, but not twice the same day.
        await host.Get<PurchaseOrderService>().DismissAsync([.. (await AlertIdsAsync(host)).Take(5)]);
        Assert.Empty((await Job(host).RunAsync()).NewAlertIds);
        clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await Job(host).RunAsync();

        Assert.Equal(5, tomorrow.NewAlertIds.Count);
        await using var after = await host.NewContextAsync();
        Assert.Equal(35, await after.Set<RestockAlert>().CountAsync());
        Assert.Equal(30, await after.Set<RestockAlert>().CountAsync(a => a.Status == RestockAlertStatus.Open));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Merged_archived_and_draft_models_get_no_alert(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var shop = await RestockTestData.CreateAsync(host);
        var supplier = await shop.SupplierAsync("Hurtownia Wędkarska Szczupak", 7);
        var kept = await shop.ModelAsync("KR-1", "Kołowrotek Ryobi 2000", onHand: 0, minimum: 3, supplier);
        await shop.ModelAsync("KR-1-DUP", "Kolowrotek Ryobi 2000", onHand: 0, minimum: 3, supplier, status: ProductStatus.Archived);
        await shop.ModelAsync("KR-OLD", "Kołowrotek Ryobi 1000 (wycofany)", onHand: 0, minimum: 3, supplier, status: ProductStatus.Archived);
        await shop.ModelAsync("KR-NEW", "Kołowrotek Ryobi 3000 (w przygotowaniu)", onHand: 0, minimum: 3, supplier, status: ProductStatus.Draft);
        var merged = await shop.ModelAsync("KR-1-BIS", "Kołowrotek Ryobi 2000 bis", onHand: 0, minimum: 3, supplier);
        await using (var db = await host.NewContextAsync())
        {
            await db.Set<Product>().Where(p => p.Id == merged.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.MergedIntoId, kept.Id));
        }

        var run = await Job(host).RunAsync();

        Assert.Equal(1, run.ModelsChecked);
        await using var check = await host.NewContextAsync();
        Assert.Equal([kept.Id], await check.Set<RestockAlert>().Select(a => a.ProductId).ToListAsync());
    }

    private static async Task<List<long>> AlertIdsAsync(CoreHost host)
    {
        await using var db = await host.NewContextAsync();
        return await db.Set<RestockAlert>().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
    }

    private sealed class EventRecorder : IDomainEventHandler<StockBelowMinimum>
    {
        private readonly ConcurrentQueue<StockBelowMinimum> raised = new();

        public IReadOnlyList<StockBelowMinimum> Raised => [.. raised];

        public Task HandleAsync(StockBelowMinimum domainEvent, CancellationToken ct)
        {
            raised.Enqueue(domainEvent);
            return Task.CompletedTask;
        }
    }
}
