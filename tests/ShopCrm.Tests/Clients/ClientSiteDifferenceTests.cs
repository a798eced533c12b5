using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Data.Migrations;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

// Newer change wins per field: what staff changed after the site last sent it stays, and the site's other
// value waits on the card until a person accepts or dismisses it.
public sealed class ClientSiteDifferenceTests
{
    private static readonly ClientDraft FromSite = new()
    {
        Channel = ClientChannel.Site, SiteCustomerId = "S-1", Email = "ewa@wp.pl", FirstName = "Ewa", LastName = "Nowak", Street = "ul. Stara 1", PostalCode = "31-007", City = "Kraków",
    };

    private readonly ManualClock clock = new(ClientTestHost.Start);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Accepting_a_difference_takes_the_sites_value_audits_it_and_the_same_value_again_is_no_difference(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var clients = host.Get<ClientService>();
        var id = await StaffCorrectsTheStreetAfterTheSiteSentItAsync(host, clients);

        var accepted = await host.Get<ClientSiteDecisions>().AcceptSiteValueAsync(id, "Street");
        clock.Advance(TimeSpan.FromMinutes(1));
        await clients.EnsureAsync(FromSite);

        Assert.True(accepted.Succeeded);
        await using var db = await host.NewContextAsync();
        var client = await db.Set<Client>().SingleAsync(c => c.Id == id);
        Assert.Equal(("ul. Stara 1", 2), (client.Street, client.Version));
        Assert.Empty(await host.Get<ClientSiteDecisions>().SiteDifferencesAsync(id));
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(Client) && a.EntityKey == id.ToString()).Select(a => a.Changes).ToListAsync();
        Assert.Contains(audit, a => a.Contains("SiteDifference.Street", StringComparison.Ordinal) && a.Contains("site value accepted", StringComparison.Ordinal));
        Assert.False((await host.Get<ClientSiteDecisions>().AcceptSiteValueAsync(id, "Street")).Succeeded);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Dismissing_a_difference_keeps_staffs_value_until_the_site_sends_something_new(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var clients = host.Get<ClientService>();
        var id = await StaffCorrectsTheStreetAfterTheSiteSentItAsync(host, clients);

        var dismissed = await host.Get<ClientSiteDecisions>().DismissSiteValueAsync(id, "Street");
        clock.Advance(TimeSpan.FromMinutes(1));
        await clients.EnsureAsync(FromSite);
        var afterRepeat = await host.Get<ClientSiteDecisions>().SiteDifferencesAsync(id);
        clock.Advance(TimeSpan.FromMinutes(1));
        await clients.EnsureAsync(FromSite with { Street = "ul. Trzecia 9" });

        Assert.True(dismissed.Succeeded);
        Assert.Empty(afterRepeat);
        await using var db = await host.NewContextAsync();
        Assert.Equal("ul. Nowa 5", await db.Set<Client>().Where(c => c.Id == id).Select(c => c.Street).SingleAsync());
        var difference = Assert.Single(await host.Get<ClientSiteDecisions>().SiteDifferencesAsync(id));
        Assert.Equal(("Street", "ul. Nowa 5", "ul. Trzecia 9"), (difference.Field, difference.StaffValue, difference.SiteValue));
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(Client) && a.EntityKey == id.ToString()).Select(a => a.Changes).ToListAsync();
        Assert.Contains(audit, a => a.Contains("SiteDifference.Street", StringComparison.Ordinal) && a.Contains("staff value kept", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Staff_typing_what_the_site_sent_settles_the_difference_and_the_site_may_change_the_field_again(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var clients = host.Get<ClientService>();
        var id = await StaffCorrectsTheStreetAfterTheSiteSentItAsync(host, clients);

        clock.Advance(TimeSpan.FromMinutes(1));
        await EditAsync(host, clients, id, "ul. Stara 1");
        var afterAgreeing = await host.Get<ClientSiteDecisions>().SiteDifferencesAsync(id);
        clock.Advance(TimeSpan.FromMinutes(1));
        await clients.EnsureAsync(FromSite with { Street = "ul. Czwarta 2" });

        Assert.Empty(afterAgreeing);
        Assert.Empty(await host.Get<ClientSiteDecisions>().SiteDifferencesAsync(id));
        await using var db = await host.NewContextAsync();
        Assert.Equal("ul. Czwarta 2", await db.Set<Client>().Where(c => c.Id == id).Select(c => c.Street).SingleAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migration_0019_stores_the_phones_already_written_in_one_form(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await using var db = await host.NewContextAsync();
        var client = new Client { DisplayName = "Jan", NormalizedName = "jan", Phone = "601 234 567", NormalizedPhone = "+48601234567", RegisteredAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        db.Add(client);
        await db.SaveChangesAsync();
        db.Add(new ClientContact { ClientId = client.Id, Kind = ContactKind.Phone, Value = "(22) 111-22-33", NormalizedValue = "+48221112233" });
        var category = new Category { Name = "Migration" };
        db.Add(category);
        await db.SaveChangesAsync();
        var product = new Product { Sku = "MIG-1", Name = "Wędka", CategoryId = category.Id, NetPriceMinor = 100, GrossPriceMinor = 123, Status = ProductStatus.Active, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        db.Add(product);
        await db.SaveChangesAsync();
        var orders = host.Get<OrderService>();
        var typed = new[] { "0048 (601) 234-567", "48 601 234 567", "+44 20 7946 0958", "ask at the desk" };
        var ids = new List<long>();
        foreach (var phone in typed)
        {
            var placed = await orders.PlaceAsync(new OrderDraft { CustomerName = "Jan", Street = "ul. Polna 1", Lines = [new OrderLineDraft(product.Id, 1)] });
            Assert.True(placed.Succeeded, placed.Error?.Message);
            await db.Set<Order>().Where(o => o.Id == placed.Value!.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.CustomerPhone, phone));
            ids.Add(placed.Value!.Id);
        }

        var script = SqlFileMigration.ReadScript(provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres", "0019_client_site_fields");
        await db.Database.ExecuteSqlRawAsync(script[script.IndexOf("UPDATE", StringComparison.Ordinal)..]);

        Assert.Equal("+48601234567", await db.Set<Client>().Where(c => c.Id == client.Id).Select(c => c.Phone).SingleAsync());
        Assert.Equal("+48221112233", await db.Set<ClientContact>().Where(c => c.ClientId == client.Id).Select(c => c.Value).SingleAsync());
        var stored = await db.Set<Order>().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Id).Select(o => o.CustomerPhone).ToListAsync();
        Assert.Equal(["+48601234567", "+48601234567", "+442079460958", "ask at the desk"], stored);
        Assert.All(typed.Take(3), t => Assert.Equal(ContactNormalizer.Phone(t), stored[Array.IndexOf(typed, t)]));
    }

    // The site registers Ewa at "ul. Stara 1"; a minute later staff corrects it to "ul. Nowa 5"; a minute
    // later the site sends its old data again.
    private async Task<int> StaffCorrectsTheStreetAfterTheSiteSentItAsync(CoreHost host, ClientService clients)
    {
        var registered = await clients.EnsureAsync(FromSite);
        Assert.True(registered.Succeeded);
        var id = registered.ClientId!.Value;
        clock.Advance(TimeSpan.FromMinutes(1));
        await EditAsync(host, clients, id, "ul. Nowa 5");
        clock.Advance(TimeSpan.FromMinutes(1));
        await clients.EnsureAsync(FromSite);
        await using var db = await host.NewContextAsync();
        Assert.Equal("ul. Nowa 5", await db.Set<Client>().Where(c => c.Id == id).Select(c => c.Street).SingleAsync());
        var difference = Assert.Single(await host.Get<ClientSiteDecisions>().SiteDifferencesAsync(id));
        Assert.Equal(("Street", "ul. Nowa 5", "ul. Stara 1"), (difference.Field, difference.StaffValue, difference.SiteValue));
        return id;
    }

    private static async Task EditAsync(CoreHost host, ClientService clients, int id, string street)
    {
        await using var db = await host.NewContextAsync();
        var version = await db.Set<Client>().Where(c => c.Id == id).Select(c => c.Version).SingleAsync();
        var saved = await clients.UpdateAsync(id, version, FromSite with { Street = street });
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Values));
    }
}
