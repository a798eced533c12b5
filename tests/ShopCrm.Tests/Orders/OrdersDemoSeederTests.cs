using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Demo;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Demo;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Documents;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Demo;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Orders;

public sealed class OrdersDemoSeederTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_small_demo_has_priced_orders_at_every_step_with_their_stock_held_and_client_statistics_recorded(DatabaseProvider provider)
    {
        // A Tuesday evening: the day's orders are in the warehouse, the evening's wait for the morning.
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 17, 18, 30, 0, TimeSpan.Zero));
        await using var host = await CoreHost.StartAsync(provider, services => services.AddSingleton<TimeProvider>(clock));
        await ActivatorUtilities.CreateInstance<CatalogDemoSeeder>(host.Services).SeedAsync(DemoScale.Small, CancellationToken.None);
        await ActivatorUtilities.CreateInstance<ClientsDemoSeeder>(host.Services).SeedAsync(DemoScale.Small, CancellationToken.None);
        await ActivatorUtilities.CreateInstance<OrdersDemoSeeder>(host.Services).SeedAsync(DemoScale.Small, CancellationToken.None);

        await using var db = await host.NewContextAsync();
        var orders = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).ToListAsync();
        Assert.Equal(400, orders.Count);
        Assert.All(orders, o =>
        {
            Assert.NotEmpty(o.Lines);
            Assert.Equal(o.Lines.Sum(l => l.NetMinor), o.NetMinor);
            Assert.Equal(o.Lines.Sum(l => l.VatMinor), o.VatMinor);
            Assert.Equal(o.NetMinor + o.VatMinor, o.GrossMinor);
        });
        var statuses = string.Join(", ", orders.CountBy(o => o.Status));
        Assert.True(orders.Count(o => o.Status == OrderStatus.Delivered) > orders.Count / 2, statuses);
        Assert.True(orders.Any(o => o.Status == OrderStatus.Cancelled) && orders.Any(o => o.Status == OrderStatus.Returned), statuses);
        Assert.True(orders.Select(o => o.Status).Where(s => s is > OrderStatus.New and < OrderStatus.Delivered).Distinct().Count() >= 4, statuses);

        Assert.Equal(Enum.GetValues<OrderChannel>().Length, orders.Select(o => o.Channel).Distinct().Count());
        var changes = await db.Set<OrderStatusChange>().AsNoTracking().ToListAsync();
        Assert.All(orders, o => Assert.Equal(o.Status, changes.Where(c => c.OrderId == o.Id).MaxBy(c => c.At)!.To));

        // Numbers run without gaps within each year, and the next order continues after them.
        foreach (var year in orders.GroupBy(o => o.Number.Split('/')[1]))
        {
            Assert.Equal(Enumerable.Range(1, year.Count()), year.Select(o => int.Parse(o.Number.Split('/')[2])).Order());
            var sequence = await db.Set<DocumentNumberSequence>().SingleAsync(s => s.Series == OrderService.NumberSeries && s.Year == int.Parse(year.Key));
            Assert.Equal(year.Count(), sequence.LastNumber);
        }

        // Every line of an order between confirmation and dispatch is reserved in the catalog, and no stock is over-reserved.
        var holding = orders.Where(o => OrderTransitions.HoldsReservations(o.Status)).SelectMany(o => o.Lines.Where(l => !l.OnBackorder).Select(l => OrderWorkflow.StockKey(o, l))).ToHashSet();
        Assert.NotEmpty(holding);
        var reservations = await db.Set<StockReservation>().AsNoTracking().Where(r => r.Status == StockReservationStatus.Reserved).Select(r => r.OrderLine).ToListAsync();
        Assert.Equal(holding.Order(), reservations.Order());
        Assert.False(await db.Set<ProductStock>().AnyAsync(s => s.Reserved > s.OnHand));

        // The clients' numbers come from these orders and agree with the daily check.
        var delivered = orders.Where(o => o.ClientId is not null && o.Status == OrderStatus.Delivered).ToList();
        var clients = await db.Set<Client>().AsNoTracking().Where(c => c.CompletedOrders > 0).ToListAsync();
        Assert.True(clients.Sum(c => c.CompletedOrders) >= delivered.Count);
        Assert.True(clients.Sum(c => c.TotalSpentMinor) >= delivered.Sum(o => o.GrossMinor));
        Assert.Equal(0, (await host.Get<ClientStatisticsCheck>().RunAsync()).Drifted);
        Assert.True(await db.Set<ClientTimelineEntry>().CountAsync(e => e.Source == "Orders") >= orders.Count(o => o.ClientId is not null));
    }
}
