using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Orders;
using ShopCrm.Orders.Domain;
using ShopCrm.Tests.Catalog;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Security;

// Issue 11, item 3: the e-shop clobbering client data, replayed through the site API.
public sealed class ClientDataAttackTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_refused_site_order_makes_no_client_and_changes_no_clients_email(DatabaseProvider provider)
    {
        await using var app = await CatalogFeedApp.StartAsync(provider);
        var shop = await app.ClientAsync(OrderPermissions.SitePlace, ClientPermissions.SiteRegister);
        var sold = await ModelAsync(app, ProductStatus.Active);
        var archived = await ModelAsync(app, ProductStatus.Archived);
        var registered = await shop.PostAsJsonAsync("/api/v1/clients", new { siteCustomerId = "S-ANNA", email = "anna@wp.pl", phone = "601 111 222", firstName = "Anna", lastName = "Lis" });
        var anna = await ClientIdAsync(registered);
        var before = await CountsAsync(app);

        var refused = new[]
        {
            await shop.PostAsJsonAsync("/api/v1/orders", Order("WWW-1", archived, 1, new { siteCustomerId = "S-NEW", email = "new@wp.pl", phone = "601 111 222", firstName = "Nowy", lastName = "Klient" })),
            await shop.PostAsJsonAsync("/api/v1/orders", Order("WWW-2", sold, 0, new { email = "evil@wp.pl", phone = "601111222", firstName = "Anna", lastName = "Lis" })),
            await shop.PostAsJsonAsync("/api/v1/orders", Order("WWW-3", sold, -5, new { siteCustomerId = "S-ANNA", email = "evil@wp.pl", phone = "+48 601 111 222", firstName = "Zła", lastName = "Anna" })),
        };

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
        Assert.All(refused, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        var errors = (await refused[2].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("lines[0].quantity", out _));
        Assert.Equal(before, await CountsAsync(app));
        await using var db = await app.Host.NewContextAsync();
        var client = await db.Set<Client>().AsNoTracking().SingleAsync(c => c.Id == anna);
        Assert.Equal(("anna@wp.pl", "Anna Lis", "+48601111222"), (client.Email, client.DisplayName, client.Phone));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_staff_correction_survives_the_sites_old_data_and_shows_as_a_difference_to_accept(DatabaseProvider provider)
    {
        await using var app = await CatalogFeedApp.StartAsync(provider);
        var shop = await app.ClientAsync(OrderPermissions.SitePlace, ClientPermissions.SiteRegister);
        var sold = await ModelAsync(app, ProductStatus.Active);
        var old = new { siteCustomerId = "S-MAREK", email = "marek@wp.pl", phone = "601 222 333", firstName = "Marek", lastName = "Lis", street = "ul. Stara 1", postalCode = "00-950", city = "Warszawa" };
        var id = await ClientIdAsync(await shop.PostAsJsonAsync("/api/v1/clients", old));
        var clients = app.Factory.Services.GetRequiredService<ClientService>();
        var decisions = app.Factory.Services.GetRequiredService<ClientSiteDecisions>();
        await using (var db = await app.Host.NewContextAsync())
        {
            var card = await db.Set<Client>().AsNoTracking().SingleAsync(c => c.Id == id);
            var corrected = await clients.UpdateAsync(id, card.Version, new ClientDraft
            {
                FirstName = "Marek", LastName = "Lis", Email = "marek@wp.pl", Phone = "602-444-555", Street = "ul. Nowa 5", PostalCode = "00-950", City = "Warszawa", Channel = ClientChannel.Site,
            });
            Assert.True(corrected.Succeeded);
        }

        var resent = await shop.PostAsJsonAsync("/api/v1/clients", old with { lastName = "Lis-Nowak" });
        var ordered = await shop.PostAsJsonAsync("/api/v1/orders", Order("WWW-M1", sold, 1, new { old.siteCustomerId, old.email, old.phone, old.firstName, lastName = "Lis-Nowak" }, new { old.street, old.postalCode, old.city }));

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(HttpStatusCode.Created, ordered.StatusCode);
        await using var check = await app.Host.NewContextAsync();
        var client = await check.Set<Client>().AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Equal(("ul. Nowa 5", "+48602444555"), (client.Street, client.Phone));
        Assert.Equal("Lis-Nowak", client.LastName);
        var differences = await decisions.SiteDifferencesAsync(id);
        Assert.Equal(
            [("Phone", "+48602444555", "+48601222333"), ("Street", "ul. Nowa 5", "ul. Stara 1")],
            differences.Select(d => (d.Field, d.StaffValue, d.SiteValue)).OrderBy(d => d.Field));
        var order = await check.Set<Order>().AsNoTracking().SingleAsync(o => o.SiteOrderId == "WWW-M1");
        Assert.Equal((id, "ul. Stara 1"), (order.ClientId, order.Street));

        var accepted = await decisions.AcceptSiteValueAsync(id, "Street");

        Assert.True(accepted.Succeeded);
        Assert.Equal("ul. Stara 1", await check.Set<Client>().Where(c => c.Id == id).Select(c => c.Street).SingleAsync());
        Assert.Equal(["Phone"], (await decisions.SiteDifferencesAsync(id)).Select(d => d.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_mother_and_son_with_one_phone_stay_two_clients_with_their_own_names_and_emails(DatabaseProvider provider)
    {
        await using var app = await CatalogFeedApp.StartAsync(provider);
        var shop = await app.ClientAsync(OrderPermissions.SitePlace, ClientPermissions.SiteRegister);
        var sold = await ModelAsync(app, ProductStatus.Active);

        var mother = await ClientIdAsync(await shop.PostAsJsonAsync("/api/v1/clients", new { siteCustomerId = "S-MAMA", email = "maria@wp.pl", phone = "601 333 444", firstName = "Maria", lastName = "Kowalska" }));
        var son = await ClientIdAsync(await shop.PostAsJsonAsync("/api/v1/clients", new { siteCustomerId = "S-SYN", email = "piotr@wp.pl", phone = "+48 601-333-444", firstName = "Piotr", lastName = "Kowalski" }));
        var ordered = await shop.PostAsJsonAsync("/api/v1/orders", Order("WWW-S1", sold, 1, new { siteCustomerId = "S-SYN", email = "piotr@wp.pl", phone = "601333444", firstName = "Piotr", lastName = "Kowalski" }));
        var stranger = await shop.PostAsJsonAsync("/api/v1/orders", Order("WWW-S2", sold, 1, new { email = "kuba@wp.pl", phone = "0048 601 333 444", firstName = "Kuba", lastName = "Kowalski" }));
        var phoneOnly = await shop.PostAsJsonAsync("/api/v1/clients", new { phone = "601 333 444", firstName = "Ktoś", lastName = "Inny" });

        Assert.NotEqual(mother, son);
        Assert.Equal(HttpStatusCode.Created, ordered.StatusCode);
        Assert.Equal(HttpStatusCode.Created, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, phoneOnly.StatusCode);
        await using var db = await app.Host.NewContextAsync();
        var people = await db.Set<Client>().AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.DisplayName, c.Email, c.Phone }).ToListAsync();
        Assert.Equal(
            [(mother, "Maria Kowalska", "maria@wp.pl"), (son, "Piotr Kowalski", "piotr@wp.pl")],
            people.Take(2).Select(p => (p.Id, p.DisplayName, p.Email!)));
        Assert.Equal(3, people.Count);
        Assert.All(people, p => Assert.Equal("+48601333444", p.Phone));
        var orders = await db.Set<Order>().AsNoTracking().Where(o => o.SiteOrderId!.StartsWith("WWW-S")).OrderBy(o => o.SiteOrderId).Select(o => o.ClientId).ToListAsync();
        Assert.Equal(son, orders[0]);
        Assert.Equal(people[2].Id, orders[1]);
    }

    private static object Order(string siteOrderId, string sku, int quantity, object customer, object? address = null) => new
    {
        siteOrderId,
        customer,
        guest = false,
        paymentMethod = "BankTransfer",
        deliveryMethod = "Courier",
        deliveryAddress = address ?? new { street = "ul. Wiślana 3", postalCode = "31-007", city = "Kraków", country = "PL" },
        lines = new[] { new { sku, quantity } },
    };

    private static async Task<int> ClientIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientId").GetInt32();
    }

    private static async Task<(int Clients, int SiteFields, int Consents, int Orders)> CountsAsync(CatalogFeedApp app)
    {
        await using var db = await app.Host.NewContextAsync();
        return (await db.Set<Client>().CountAsync(), await db.Set<ClientSiteField>().CountAsync(), await db.Set<ClientConsentChange>().CountAsync(), await db.Set<Order>().CountAsync());
    }

    private static async Task<string> ModelAsync(CatalogFeedApp app, ProductStatus status)
    {
        var model = await AModel(app.Host.Services).WithSkuPrefix("CD-").NamedAfterSku("Wędka ").InStatus(status).BuildAsync();
        return model.Sku;
    }
}
