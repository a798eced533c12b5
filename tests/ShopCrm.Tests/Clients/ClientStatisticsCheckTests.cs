using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ClientStatisticsCheckTests
{
    private readonly ManualClock clock = new(ClientTestHost.Start);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_check_corrects_and_reports_clients_whose_cached_statistics_drifted(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var jan = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");
        var anna = await ClientTestHost.PersonAsync(host, "Anna", "Nowak", "anna@wp.pl");
        var ewa = await ClientTestHost.PersonAsync(host, "Ewa", "Zielińska", "ewa@wp.pl");
        var history = host.Get<IClientOrderHistory>();
        await history.RecordAsync(ClientTestHost.Order(jan, 1, ClientOrderOutcome.Completed, 10_000, Now.AddDays(-3)));
        await history.RecordAsync(ClientTestHost.Order(anna, 2, ClientOrderOutcome.Completed, 20_000, Now.AddDays(-2)));
        await using (var db = await host.NewContextAsync())
        {
            // A hand edit of the database and a client with no orders who claims some.
            await db.Set<Client>().Where(c => c.Id == anna).ExecuteUpdateAsync(s => s.SetProperty(c => c.TotalSpentMinor, 1));
            await db.Set<Client>().Where(c => c.Id == ewa).ExecuteUpdateAsync(s => s.SetProperty(c => c.CompletedOrders, 4));
        }

        var result = await host.Get<ClientStatisticsCheck>().RunAsync();

        Assert.Equal(2, result.Drifted);
        Assert.Equal([(anna, 1L, 20_000L), (ewa, 0L, 0L)], result.Examples.Select(d => (d.ClientId, d.CachedTotalMinor, d.FactTotalMinor)));
        await using var check = await host.NewContextAsync();
        Assert.Equal(20_000, (await check.Set<Client>().SingleAsync(c => c.Id == anna)).TotalSpentMinor);
        Assert.Equal(0, (await check.Set<Client>().SingleAsync(c => c.Id == ewa)).CompletedOrders);
        Assert.Equal(0, (await host.Get<ClientStatisticsCheck>().RunAsync()).Drifted);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_client_becomes_lost_as_time_passes_without_orders(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var jan = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");
        await host.Get<IClientOrderHistory>().RecordAsync(ClientTestHost.Order(jan, 1, ClientOrderOutcome.Completed, 10_000, Now));

        clock.Advance(TimeSpan.FromDays(364));
        await host.Get<ClientStatisticsCheck>().RunAsync();
        Assert.False(await IsLostAsync(host, jan));

        clock.Advance(TimeSpan.FromDays(2));
        var result = await host.Get<ClientStatisticsCheck>().RunAsync();
        Assert.True(await IsLostAsync(host, jan));
        Assert.Equal(1, result.CategoryChanges);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RFM_scores_split_the_buying_clients_into_fifths(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var history = host.Get<IClientOrderHistory>();
        var ids = new List<int>();
        for (var i = 1; i <= 10; i++)
        {
            var id = await ClientTestHost.PersonAsync(host, $"Klient{i}", "Testowy", $"k{i}@wp.pl");
            ids.Add(id);
            for (var order = 0; order < i; order++)
            {
                await history.RecordAsync(ClientTestHost.Order(id, (i * 100) + order, ClientOrderOutcome.Completed, i * 1_000, Now.AddDays(i - 30)));
            }
        }

        var nobody = await ClientTestHost.PersonAsync(host, "Bez", "Zamówień", "nic@wp.pl");

        await host.Get<ClientStatisticsCheck>().RunAsync();

        await using var db = await host.NewContextAsync();
        var scores = await db.Set<Client>().OrderBy(c => c.Id).Select(c => new { c.Id, c.RfmRecency, c.RfmFrequency, c.RfmMonetary }).ToListAsync();
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Where(s => s.Id != nobody).Select(s => s.RfmRecency));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Where(s => s.Id != nobody).Select(s => s.RfmMonetary));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Where(s => s.Id != nobody).Select(s => s.RfmFrequency));
        Assert.Equal(0, scores.Single(s => s.Id == nobody).RfmRecency);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Saving_the_rules_recategorizes_every_client_and_a_stale_save_is_refused(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var jan = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");
        await host.Get<IClientOrderHistory>().RecordAsync(ClientTestHost.Order(jan, 1, ClientOrderOutcome.Completed, 150_000, Now));
        var rules = host.Get<ClientCategoryRulesService>();
        var opened = await rules.LoadAsync();
        Assert.False(await IsVipAsync(host, jan));

        var saved = await rules.SaveAsync(new ClientCategoryRules { VipTotalMinor = 100_000, VipCompletedOrders = 5, LostAfterDays = 30, LousyRefusedParcels = 1 }, opened.Version);
        var stale = await rules.SaveAsync(new ClientCategoryRules { VipTotalMinor = 900_000, VipCompletedOrders = 5, LostAfterDays = 30, LousyRefusedParcels = 1 }, opened.Version);
        var invalid = await rules.SaveAsync(new ClientCategoryRules { VipTotalMinor = 0, VipCompletedOrders = 0, LostAfterDays = 0, LousyRefusedParcels = 0 }, 1);

        Assert.Empty(saved);
        Assert.True(await IsVipAsync(host, jan));
        Assert.Contains("Someone else", stale["Version"]);
        Assert.Equal(4, invalid.Count);
        Assert.Equal(100_000, (await rules.LoadAsync()).VipTotalMinor);
    }

    private static async Task<bool> IsLostAsync(CoreHost host, int clientId)
    {
        await using var db = await host.NewContextAsync();
        return (await db.Set<Client>().SingleAsync(c => c.Id == clientId)).IsLost;
    }

    private static async Task<bool> IsVipAsync(CoreHost host, int clientId)
    {
        await using var db = await host.NewContextAsync();
        return (await db.Set<Client>().SingleAsync(c => c.Id == clientId)).IsVip;
    }
}
