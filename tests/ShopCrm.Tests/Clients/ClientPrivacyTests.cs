using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Clients.Services.Privacy;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Catalog;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ClientPrivacyTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_export_holds_the_record_contacts_consents_orders_timeline_and_each_modules_section(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider, s => s.AddSingleton<IClientDataParticipant>(new RecordingParticipant()));
        var client = await ClientDataBuilder.AddAsync(host, ClientDataBuilder.Person("Jan", "Kowalski", "jan@wp.pl", "601234567"),
            new ClientContact { Kind = ContactKind.Phone, Value = "602 000 000", NormalizedValue = "+48602000000" },
            new ClientConsentChange { Given = true, At = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), Source = ConsentSource.Site },
            new ClientTimelineEntry { At = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), Kind = ClientTimelineKind.Note, Title = "Lubi karpie", Source = "Clients", SourceKey = "note:1" });
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var rod = await CatalogTestData.AddAsync(host, CatalogTestData.Product("R-1", rods, 19_900, name: "Wędka karpiowa"));
        await ClientDataBuilder.PurchaseAsync(host, client, rod.Id, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), 17);
        using var zipBytes = new MemoryStream();

        Assert.True(await host.Get<ClientPrivacy>().ExportAsync(client.Id, zipBytes));

        zipBytes.Position = 0;
        using var zip = new ZipArchive(zipBytes);
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        Assert.Contains("\"jan@wp.pl\"", Read("client.json"));
        Assert.Contains("+48602000000", Read("contacts.json"));
        Assert.Contains("\"Site\"", Read("consents.json"));
        Assert.Contains("Z/17", Read("orders.json"));
        Assert.Contains("Wędka karpiowa", Read("purchases.json"));
        Assert.Contains("Lubi karpie", Read("timeline.json"));
        Assert.Contains("ul. Polna 1", Read("modules/test-module.json"));
        Assert.False(await host.Get<ClientPrivacy>().ExportAsync(client.Id + 100, new MemoryStream()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Erasing_anonymizes_the_person_keeps_the_order_figures_withdraws_consent_and_leaves_no_personal_data_in_the_audit(DatabaseProvider provider)
    {
        var participant = new RecordingParticipant();
        await using var host = await CoreHost.StartAsync(provider, s => s.AddSingleton<IClientDataParticipant>(participant));
        var person = ClientDataBuilder.Person("Jan", "Kowalski", "jan@wp.pl", "601234567", birthMonth: 9);
        person.Street = "ul. Polna 1";
        person.PostalCode = "90-001";
        person.MarketingConsent = true;
        var client = await ClientDataBuilder.AddAsync(host, person,
            new ClientContact { Kind = ContactKind.Email, Value = "jk@firma.pl", NormalizedValue = "jk@firma.pl" },
            new ClientAddress { Street = "ul. Wakacyjna 3", PostalCode = "84-150", City = "Hel" },
            new ClientContactPerson { Name = "Ewa Kowalska", Phone = "603000000" },
            new ClientTimelineEntry { At = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), Kind = ClientTimelineKind.Note, Title = "Żona Ewa, dzwonić po 18", Detail = "prywatne", Source = "Clients", SourceKey = "note:1" });
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var rod = await CatalogTestData.AddAsync(host, CatalogTestData.Product("R-1", rods, 19_900));
        await ClientDataBuilder.PurchaseAsync(host, client, rod.Id, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), 17);
        var privacy = host.Get<ClientPrivacy>();

        Assert.True(await privacy.EraseAsync(client.Id));
        Assert.False(await privacy.EraseAsync(client.Id));

        await using var db = await host.NewContextAsync();
        var erased = await db.Set<Client>().SingleAsync(c => c.Id == client.Id);
        Assert.Equal((ClientStatus.Erased, $"Erased client #{client.Id}", false), (erased.Status, erased.DisplayName, erased.MarketingConsent));
        Assert.All(new[] { erased.FirstName, erased.LastName, erased.Email, erased.NormalizedEmail, erased.Phone, erased.NormalizedPhone, erased.Street, erased.PostalCode }, Assert.Null);
        Assert.Null(erased.BirthDate);
        Assert.Equal(0, await db.Set<ClientContact>().CountAsync(c => c.ClientId == client.Id));
        Assert.Equal(0, await db.Set<ClientAddress>().CountAsync(c => c.ClientId == client.Id));
        Assert.Equal(0, await db.Set<ClientContactPerson>().CountAsync(c => c.ClientId == client.Id));
        Assert.Equal(ClientPrivacy.ErasedNote, await db.Set<ClientTimelineEntry>().Where(e => e.ClientId == client.Id).Select(e => e.Title).SingleAsync());
        var order = await db.Set<ClientOrderFact>().SingleAsync(f => f.ClientId == client.Id);
        Assert.Equal(("Z/17", 19_900L), (order.OrderNumber, order.TotalMinor));
        var consent = await db.Set<ClientConsentChange>().SingleAsync(c => c.ClientId == client.Id);
        Assert.Equal((false, ConsentSource.Erasure), (consent.Given, consent.Source));
        Assert.Equal([client.Id], participant.Anonymized);
        var audit = await db.Set<AuditEntry>().Where(a => a.EntityType == "Client" && a.EntityKey == client.Id.ToString() && a.Changes.Contains("Erased")).ToListAsync();
        Assert.Single(audit);
        Assert.DoesNotContain("Kowalski", audit[0].Changes);
    }
}
