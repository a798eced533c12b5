using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ClientDirectoryTests
{
    private readonly ManualClock clock = new(ClientTestHost.Start);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Creating_a_client_stores_normalized_contacts_region_and_the_consent_history(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var result = await host.Get<IClientDirectory>().CreateAsync(new ClientDraft
        {
            FirstName = " Łukasz ",
            LastName = "Żółć",
            Email = " Lukasz.Zolc@WP.pl ",
            Phone = "601 234 567",
            Street = "ul. Długa 5",
            PostalCode = "31042",
            City = "Kraków",
            BirthDate = new DateOnly(1980, 9, 14),
            MarketingConsent = true,
        });

        Assert.True(result.Succeeded);
        await using var db = await host.NewContextAsync();
        var client = await db.Set<Client>().SingleAsync(c => c.Id == result.ClientId);
        Assert.Equal(("Łukasz Żółć", "lukasz zolc"), (client.DisplayName, client.NormalizedName));
        Assert.Equal(("Lukasz.Zolc@WP.pl", "lukasz.zolc@wp.pl"), (client.Email, client.NormalizedEmail));
        Assert.Equal(("+48601234567", "+48601234567"), (client.Phone, client.NormalizedPhone));
        Assert.Equal(("31-042", "małopolskie"), (client.PostalCode, client.Region));
        Assert.Equal(9, client.BirthMonth);
        Assert.Equal(ClientTestHost.Start.UtcDateTime, client.RegisteredAt);
        Assert.True(client.MarketingConsent);
        var consent = await db.Set<ClientConsentChange>().SingleAsync(c => c.ClientId == client.Id);
        Assert.Equal((true, ConsentSource.Manager), (consent.Given, consent.Source));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Creating_a_client_with_an_email_in_use_names_the_existing_client(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var existing = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");

        var result = await host.Get<IClientDirectory>().CreateAsync(new ClientDraft { FirstName = "Janek", LastName = "K", Email = "JAN@wp.pl " });

        Assert.False(result.Succeeded);
        Assert.Equal(existing, result.ExistingClientId);
        Assert.Contains($"#{existing} Jan Kowalski", result.Errors["Email"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Bad_details_are_reported_field_by_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);

        var result = await host.Get<IClientDirectory>().CreateAsync(new ClientDraft { Email = "jan@", Phone = "12", PostalCode = "1-23" });

        Assert.Equal(["Email", "LastName", "Phone", "PostalCode"], result.Errors.Keys.Order());
        await using var db = await host.NewContextAsync();
        Assert.False(await db.Set<Client>().AnyAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Ensuring_a_site_customer_matches_by_site_id_then_email_and_never_by_phone(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var directory = host.Get<IClientDirectory>();
        var byEmail = await ClientTestHost.PersonAsync(host, "Anna", "Nowak", "anna@wp.pl");
        var byPhone = await ClientTestHost.PersonAsync(host, "Piotr", "Wiśniewski", phone: "+48 602 000 111");

        var registered = await directory.EnsureAsync(new ClientDraft { Channel = ClientChannel.Site, SiteCustomerId = "S-1", Email = "ANNA@wp.pl", MarketingConsent = true });
        var again = await directory.EnsureAsync(new ClientDraft { Channel = ClientChannel.Site, SiteCustomerId = "S-1", Email = "anna.nowak@onet.pl", MarketingConsent = true });
        var phoned = await directory.EnsureAsync(new ClientDraft { Channel = ClientChannel.Site, Phone = "602-000-111", FirstName = "Piotr" });
        var sharedPhone = await directory.EnsureAsync(new ClientDraft { Channel = ClientChannel.Site, Email = "syn@wp.pl", Phone = "602-000-111", FirstName = "Jan" });
        var created = await directory.EnsureAsync(new ClientDraft { Channel = ClientChannel.Site, SiteCustomerId = "S-2", Email = "nowy@wp.pl" });
        var createdAgain = await directory.EnsureAsync(new ClientDraft { Channel = ClientChannel.Site, SiteCustomerId = "S-2", Email = "nowy@wp.pl" });

        Assert.Equal(byEmail, registered.ClientId);
        Assert.Equal(byEmail, again.ClientId);
        Assert.Equal(["Email"], phoned.Errors.Keys);
        Assert.NotEqual(byPhone, sharedPhone.ClientId);
        Assert.Equal(created.ClientId, createdAgain.ClientId);
        await using var db = await host.NewContextAsync();
        Assert.Equal(4, await db.Set<Client>().CountAsync());
        Assert.Equal("Piotr Wiśniewski", await db.Set<Client>().Where(c => c.Id == byPhone).Select(c => c.DisplayName).SingleAsync());
        var anna = await db.Set<Client>().SingleAsync(c => c.Id == byEmail);
        Assert.Equal(("S-1", "anna.nowak@onet.pl", true), (anna.SiteCustomerId, anna.NormalizedEmail, anna.MarketingConsent));
        var consent = await db.Set<ClientConsentChange>().SingleAsync(c => c.ClientId == byEmail);
        Assert.Equal(ConsentSource.Site, consent.Source);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Simultaneous_registrations_of_one_new_customer_make_one_client(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var directory = host.Get<IClientDirectory>();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => directory.EnsureAsync(new ClientDraft { Channel = ClientChannel.Site, Email = "race@wp.pl", FirstName = "Ewa" }))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Single(results.Select(r => r.ClientId).Distinct());
    }
}
