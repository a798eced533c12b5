using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ClientOrderHistoryTests
{
    private readonly ManualClock clock = new(ClientTestHost.Start);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Recording_orders_keeps_statistics_and_purchases_current_and_counts_a_repeated_call_once(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var clientId = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");
        var history = host.Get<IClientOrderHistory>();
        var first = ClientTestHost.Order(clientId, 1, ClientOrderOutcome.Completed, 10_000, Now.AddDays(-30));
        var product = await AnyProductIdAsync(host);

        await history.RecordAsync(first with { Outcome = ClientOrderOutcome.Open, Lines = [new(product, 1, 10_000)] });
        await history.RecordAsync(first with { Lines = [new(product, 2, 10_000)] });
        await history.RecordAsync(first with { Lines = [new(product, 2, 10_000)] });
        await history.RecordAsync(ClientTestHost.Order(clientId, 2, ClientOrderOutcome.Completed, 25_001, Now.AddDays(-2)));
        await history.RecordAsync(ClientTestHost.Order(clientId, 3, ClientOrderOutcome.Cancelled, 99_999, Now.AddDays(-1)) with { Lines = [new(product, 1, 99_999)] });
        await history.RecordAsync(ClientTestHost.Order(clientId, 4, ClientOrderOutcome.Refused, 5_000, Now.AddDays(-1)) with { CashOnDelivery = true });
        await history.RecordAsync(ClientTestHost.Order(clientId, 5, ClientOrderOutcome.Refused, 5_000, Now.AddDays(-1)));

        await using var db = await host.NewContextAsync();
        var client = await db.Set<Client>().SingleAsync(c => c.Id == clientId);
        Assert.Equal(2, client.CompletedOrders);
        Assert.Equal(35_001, client.TotalSpentMinor);
        Assert.Equal(17_501, client.AverageCheckMinor);
        Assert.Equal(Now.AddDays(-30), client.FirstOrderAt);
        Assert.Equal(Now.AddDays(-2), client.LastOrderAt);
        Assert.Equal(1, client.RefusedParcels);
        Assert.Equal(5, await db.Set<ClientOrderFact>().CountAsync(f => f.ClientId == clientId));
        var purchase = await db.Set<ClientPurchase>().SingleAsync();
        Assert.Equal((1L, 2), (purchase.OrderId, purchase.Quantity));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Categories_follow_the_numbers_under_the_owner_rules(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var clientId = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");
        await using (var setup = await host.NewContextAsync())
        {
            setup.Add(new ClientCategoryRules { VipTotalMinor = 100_000, VipCompletedOrders = 50, LostAfterDays = 90, LousyRefusedParcels = 2, UpdatedAt = Now });
            await setup.SaveChangesAsync();
        }

        var history = host.Get<IClientOrderHistory>();
        await history.RecordAsync(ClientTestHost.Order(clientId, 1, ClientOrderOutcome.Completed, 60_000, Now.AddDays(-100)));
        Assert.Equal((false, true, false), await CategoriesAsync(host, clientId));

        await history.RecordAsync(ClientTestHost.Order(clientId, 2, ClientOrderOutcome.Completed, 40_000, Now.AddDays(-1)));
        await history.RecordAsync(ClientTestHost.Order(clientId, 3, ClientOrderOutcome.Refused, 1_000, Now) with { CashOnDelivery = true });
        Assert.Equal((true, false, false), await CategoriesAsync(host, clientId));

        await history.RecordAsync(ClientTestHost.Order(clientId, 4, ClientOrderOutcome.Returned, 1_000, Now) with { CashOnDelivery = true });
        await history.RecordAsync(ClientTestHost.Order(clientId, 2, ClientOrderOutcome.Returned, 40_000, Now.AddDays(-1)));
        Assert.Equal((false, true, true), await CategoriesAsync(host, clientId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_order_moved_to_another_client_leaves_the_first_clients_statistics(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var jan = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");
        var anna = await ClientTestHost.PersonAsync(host, "Anna", "Nowak", "anna@wp.pl");
        var history = host.Get<IClientOrderHistory>();

        await history.RecordAsync(ClientTestHost.Order(jan, 1, ClientOrderOutcome.Completed, 10_000, Now));
        await history.RecordAsync(ClientTestHost.Order(anna, 1, ClientOrderOutcome.Completed, 10_000, Now));

        await using var db = await host.NewContextAsync();
        Assert.Equal(0, (await db.Set<Client>().SingleAsync(c => c.Id == jan)).CompletedOrders);
        Assert.Equal(1, (await db.Set<Client>().SingleAsync(c => c.Id == anna)).CompletedOrders);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Recording_many_orders_at_once_gives_the_same_numbers_and_categories_as_one_by_one(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var oneByOne = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");
        var inBulk = await ClientTestHost.PersonAsync(host, "Anna", "Nowak", "anna@wp.pl");
        var untouched = await ClientTestHost.PersonAsync(host, "Ewa", "Lis", "ewa@wp.pl");
        var product = await AnyProductIdAsync(host);
        ClientOrderRecord[] History(int clientId, long firstOrderId) =>
        [
            ClientTestHost.Order(clientId, firstOrderId, ClientOrderOutcome.Completed, 10_001, Now.AddDays(-400)) with { Lines = [new(product, 2, 10_001)] },
            ClientTestHost.Order(clientId, firstOrderId + 1, ClientOrderOutcome.Completed, 20_000, Now.AddDays(-200)),
            ClientTestHost.Order(clientId, firstOrderId + 2, ClientOrderOutcome.Cancelled, 5_000, Now.AddDays(-100)) with { Lines = [new(product, 1, 5_000)] },
            ClientTestHost.Order(clientId, firstOrderId + 3, ClientOrderOutcome.Refused, 7_000, Now.AddDays(-50)) with { CashOnDelivery = true },
            ClientTestHost.Order(clientId, firstOrderId + 4, ClientOrderOutcome.Open, 3_000, Now.AddDays(-1)) with { Lines = [new(product, 1, 3_000)] },
        ];
        var history = host.Get<IClientOrderHistory>();
        foreach (var order in History(oneByOne, 1))
        {
            await history.RecordAsync(order);
        }

        await history.RecordManyAsync(History(inBulk, 101));

        await using var db = await host.NewContextAsync();
        var clients = await db.Set<Client>().AsNoTracking().ToDictionaryAsync(c => c.Id);
        var expected = clients[oneByOne];
        var actual = clients[inBulk];
        Assert.Equal((2, 30_001L, 15_001L, 1), (expected.CompletedOrders, expected.TotalSpentMinor, expected.AverageCheckMinor, expected.RefusedParcels));
        Assert.Equal(
            (expected.CompletedOrders, expected.TotalSpentMinor, expected.AverageCheckMinor, expected.FirstOrderAt, expected.LastOrderAt, expected.RefusedParcels, expected.IsVip, expected.IsLost, expected.IsLousy),
            (actual.CompletedOrders, actual.TotalSpentMinor, actual.AverageCheckMinor, actual.FirstOrderAt, actual.LastOrderAt, actual.RefusedParcels, actual.IsVip, actual.IsLost, actual.IsLousy));
        Assert.True(actual.RfmMonetary > 0);
        Assert.Equal(0, clients[untouched].CompletedOrders);
        Assert.Equal(
            await db.Set<ClientPurchase>().Where(p => p.ClientId == oneByOne).Select(p => new { p.ProductId, p.Quantity, p.GrossMinor }).OrderBy(p => p.Quantity).ToListAsync(),
            await db.Set<ClientPurchase>().Where(p => p.ClientId == inBulk).Select(p => new { p.ProductId, p.Quantity, p.GrossMinor }).OrderBy(p => p.Quantity).ToListAsync());
        Assert.Equal(0, (await host.Get<ClientStatisticsCheck>().RunAsync()).Drifted);
    }

    private static async Task<(bool Vip, bool Lost, bool Lousy)> CategoriesAsync(CoreHost host, int clientId)
    {
        await using var db = await host.NewContextAsync();
        var client = await db.Set<Client>().SingleAsync(c => c.Id == clientId);
        return (client.IsVip, client.IsLost, client.IsLousy);
    }

    private static async Task<int> AnyProductIdAsync(CoreHost host)
    {
        var category = await ShopCrm.Tests.Catalog.CatalogTestData.CategoryAsync(host, "Wędki");
        var product = await ShopCrm.Tests.Catalog.CatalogTestData.AddAsync(host, ShopCrm.Tests.Catalog.CatalogTestData.Product("ROD-1", category, 19_900));
        return product.Id;
    }
}
