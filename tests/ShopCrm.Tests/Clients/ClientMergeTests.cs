using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Clients.Services.Duplicates;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Catalog;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ClientMergeTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Likely_pairs_come_from_shared_emails_phones_and_name_with_address_and_a_dismissed_pair_stays_away(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var jan = await ClientDataBuilder.AddAsync(host, ClientDataBuilder.Person("Jan", "Kowalski", "jan@wp.pl", "601 234 567"));
        var janWork = await ClientDataBuilder.AddAsync(host, ClientDataBuilder.Person("J.", "Kowalski", "jan.k@firma.pl"),
            new ClientContact { Kind = ContactKind.Email, Value = "JAN@wp.pl", NormalizedValue = "jan@wp.pl" });
        var janPhone = await ClientDataBuilder.AddAsync(host, ClientDataBuilder.Person("Janek", "K", phone: "+48 601-234-567"));
        var anna = WithAddress(ClientDataBuilder.Person("Anna", "Nowak"), "ul. Polna 1", "90-001");
        var annaAgain = WithAddress(ClientDataBuilder.Person("Anna", "Nowak"), "ul. Polna 1", "90-001");
        var annaElsewhere = WithAddress(ClientDataBuilder.Person("Anna", "Nowak"), "ul. Leśna 5", "00-950");
        anna = await ClientDataBuilder.AddAsync(host, anna);
        annaAgain = await ClientDataBuilder.AddAsync(host, annaAgain);
        await ClientDataBuilder.AddAsync(host, annaElsewhere);
        var merged = ClientDataBuilder.Person("Jan", "Stary", phone: "601234567");
        merged.Status = ClientStatus.Merged;
        await ClientDataBuilder.AddAsync(host, merged);
        var finder = host.Get<ClientDuplicateFinder>();

        var pairs = await finder.FindAsync();

        Assert.Equal(
            [
                $"{jan.Id}-{janWork.Id}:SameEmail:jan@wp.pl",
                $"{jan.Id}-{janPhone.Id}:SamePhone:+48601234567",
                $"{anna.Id}-{annaAgain.Id}:SameNameAndPostalCode+SameNameAndStreet:anna nowak · 90-001; anna nowak · ul. polna 1",
            ],
            pairs.Select(p => $"{p.FirstId}-{p.SecondId}:{string.Join("+", p.Reasons)}:{p.Detail}"));

        await finder.DismissAsync(annaAgain.Id, anna.Id);
        await finder.DismissAsync(anna.Id, annaAgain.Id);

        Assert.Equal(2, (await finder.FindAsync()).Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Merging_moves_everything_to_the_survivor_takes_the_chosen_values_and_recomputes_its_statistics(DatabaseProvider provider)
    {
        var participant = new RecordingParticipant();
        await using var host = await CoreHost.StartAsync(provider, s => s.AddSingleton<IClientDataParticipant>(participant));
        var carp = await CatalogTestData.AddAsync(host, new Tag { Name = "Karpiarstwo" });
        var feeder = await CatalogTestData.AddAsync(host, new Tag { Name = "Feeder" });
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var rod = await CatalogTestData.AddAsync(host, CatalogTestData.Product("R-1", rods, 19_900));
        var fair = await CatalogTestData.AddAsync(host, new ClientTag { Name = "Targi" });
        var survivor = await ClientDataBuilder.AddAsync(host, WithAddress(ClientDataBuilder.Person("Jan", "Kowalski", "jan@wp.pl", "601234567"), "ul. Stara 1", "90-001"),
            new ClientInterest { TagId = carp.Id }, new ClientTagLink { TagId = fair.Id });
        var other = ClientDataBuilder.Person("Janusz", "Kowalski", "janusz@onet.pl", "602000000", birthMonth: 9);
        other.MarketingConsent = true;
        other = await ClientDataBuilder.AddAsync(host, WithAddress(other, "ul. Nowa 2", "00-950"),
            new ClientInterest { TagId = carp.Id }, new ClientInterest { TagId = feeder.Id }, new ClientTagLink { TagId = fair.Id },
            new ClientContact { Kind = ContactKind.Phone, Value = "601 234 567", NormalizedValue = "+48601234567" },
            new ClientAddress { Street = "ul. Wakacyjna 3", PostalCode = "84-150", City = "Hel" },
            new ClientConsentChange { Given = true, At = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), Source = ConsentSource.Site },
            new ClientTimelineEntry { At = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), Kind = ClientTimelineKind.Call, Title = "Dzwonił w sprawie wędki", Source = "Clients", SourceKey = "call:1" });
        await ClientDataBuilder.PurchaseAsync(host, survivor, rod.Id, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), 1);
        await ClientDataBuilder.PurchaseAsync(host, other, rod.Id, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), 2);

        var result = await host.Get<ClientMerge>().MergeAsync(new ClientMergeRequest(
            survivor.Id, survivor.Version, other.Id, other.Version, new HashSet<ClientMergeField> { ClientMergeField.Address, ClientMergeField.Email, ClientMergeField.Consent }));

        Assert.True(result.Succeeded, result.Error?.Message);
        await using var db = await host.NewContextAsync();
        var kept = await db.Set<Client>().SingleAsync(c => c.Id == survivor.Id);
        var gone = await db.Set<Client>().SingleAsync(c => c.Id == other.Id);
        Assert.Equal(("Jan Kowalski", "janusz@onet.pl", "+48601234567", "ul. Nowa 2", "00-950", 9, true),
            (kept.DisplayName, kept.NormalizedEmail, kept.NormalizedPhone, kept.Street, kept.PostalCode, kept.BirthMonth, kept.MarketingConsent));
        Assert.Equal((ClientStatus.Merged, (int?)survivor.Id), (gone.Status, gone.MergedIntoId));
        Assert.Equal((2, 39_800L), (kept.CompletedOrders, kept.TotalSpentMinor));
        Assert.Equal((0, 0L), (gone.CompletedOrders, gone.TotalSpentMinor));
        Assert.Equal(["Email:jan@wp.pl", "Phone:+48602000000"],
            (await db.Set<ClientContact>().Where(c => c.ClientId == survivor.Id).ToListAsync()).Select(c => $"{c.Kind}:{c.NormalizedValue}").Order());
        Assert.Equal([carp.Id, feeder.Id], await db.Set<ClientInterest>().Where(i => i.ClientId == survivor.Id).Select(i => i.TagId!.Value).OrderBy(t => t).ToListAsync());
        Assert.Equal(1, await db.Set<ClientTagLink>().CountAsync(l => l.ClientId == survivor.Id));
        Assert.Equal(1, await db.Set<ClientAddress>().CountAsync(a => a.ClientId == survivor.Id));
        Assert.Equal(2, await db.Set<ClientPurchase>().CountAsync(p => p.ClientId == survivor.Id));
        Assert.Equal(
            [ConsentSource.Site, ConsentSource.Merge],
            await db.Set<ClientConsentChange>().Where(c => c.ClientId == survivor.Id).OrderBy(c => c.At).Select(c => c.Source).ToListAsync());
        Assert.Equal(["Dzwonił w sprawie wędki", $"Merged with client #{other.Id} (Janusz Kowalski)"],
            await db.Set<ClientTimelineEntry>().Where(e => e.ClientId == survivor.Id).OrderBy(e => e.At).Select(e => e.Title).ToListAsync());
        Assert.Equal([(other.Id, survivor.Id)], participant.Moves);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EntityType == "Client" && a.EntityKey == survivor.Id.ToString() && a.Changes.Contains("MergedFrom")));
        Assert.Equal(0, await db.Set<ClientOrderFact>().CountAsync(f => f.ClientId == other.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_merge_with_a_client_changed_meanwhile_or_a_failing_participant_changes_nothing(DatabaseProvider provider)
    {
        var participant = new RecordingParticipant { Fail = true };
        await using var host = await CoreHost.StartAsync(provider, s => s.AddSingleton<IClientDataParticipant>(participant));
        var survivor = await ClientDataBuilder.AddAsync(host, ClientDataBuilder.Person("Jan", "Kowalski", "jan@wp.pl"));
        var other = await ClientDataBuilder.AddAsync(host, ClientDataBuilder.Person("Jan", "Kowalski", "jan2@wp.pl"),
            new ClientContact { Kind = ContactKind.Email, Value = "jan@wp.pl", NormalizedValue = "jan@wp.pl" });
        var merge = host.Get<ClientMerge>();

        var stale = await merge.MergeAsync(new ClientMergeRequest(survivor.Id, survivor.Version + 1, other.Id, other.Version, new HashSet<ClientMergeField>()));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            merge.MergeAsync(new ClientMergeRequest(survivor.Id, survivor.Version, other.Id, other.Version, new HashSet<ClientMergeField> { ClientMergeField.Email })));

        Assert.Equal(ClientMerge.Conflict, stale.Error?.Message);
        await using var db = await host.NewContextAsync();
        Assert.Equal(2, await db.Set<Client>().CountAsync(c => c.Status == ClientStatus.Active));
        Assert.Equal("jan@wp.pl", await db.Set<Client>().Where(c => c.Id == survivor.Id).Select(c => c.NormalizedEmail).SingleAsync());
        Assert.Equal(1, await db.Set<ClientContact>().CountAsync(c => c.ClientId == other.Id));
    }

    private static Client WithAddress(Client client, string street, string postalCode)
    {
        client.Street = street;
        client.PostalCode = postalCode;
        client.City = "Łódź";
        return client;
    }
}
