using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ClientTimelineTests
{
    private readonly ManualClock clock = new(ClientTestHost.Start);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Adding_the_same_source_key_twice_keeps_the_first_entry(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var clientId = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");
        var timeline = host.Get<IClientTimeline>();
        var at = new DateTime(2026, 3, 9, 14, 30, 0, DateTimeKind.Utc);
        var shipped = new ClientTimelineInput(clientId, at, ClientTimelineKind.Order, "Order ZAM/1 shipped", "DPD 123", "/orders/1", "Orders", "order:1:Shipped");

        await timeline.AddAsync(shipped);
        await timeline.AddAsync(shipped with { Title = "Order ZAM/1 shipped again" });
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => timeline.AddAsync(shipped with { Title = "race" }))));
        await timeline.AddAsync(shipped with { SourceKey = "order:1:Delivered", Title = "Order ZAM/1 delivered", At = at.AddDays(1) });

        await using var db = await host.NewContextAsync();
        var entries = await db.Set<ClientTimelineEntry>().Where(e => e.ClientId == clientId).OrderBy(e => e.At).ToListAsync();
        Assert.Equal(["Order ZAM/1 shipped", "Order ZAM/1 delivered"], entries.Select(e => e.Title));
        Assert.Equal(at, entries[0].At);
        Assert.Equal(DateTimeKind.Utc, entries[0].At.Kind);
        Assert.Equal((ClientTimelineKind.Order, "/orders/1", "DPD 123"), (entries[0].Kind, entries[0].Link, entries[0].Detail));
        Assert.Single(await db.Set<ClientTimelineEntry>().Where(e => e.At > at).ToListAsync());
    }
}
