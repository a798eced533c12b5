using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Demo;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Demo;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Demo;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ClientsDemoSeederTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_small_demo_has_normalized_Polish_clients_with_interests_consents_and_a_few_duplicates(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await ActivatorUtilities.CreateInstance<CatalogDemoSeeder>(host.Services).SeedAsync(DemoScale.Small, CancellationToken.None);
        await ActivatorUtilities.CreateInstance<ClientsDemoSeeder>(host.Services).SeedAsync(DemoScale.Small, CancellationToken.None);

        await using var db = await host.NewContextAsync();
        var clients = await db.Set<Client>().AsNoTracking().ToListAsync();
        Assert.Equal(306, clients.Count);
        Assert.All(clients, c => Assert.Equal(ContactNormalizer.Email(c.Email), c.NormalizedEmail));
        Assert.All(clients.Where(c => c.Phone is not null), c => Assert.Equal(ContactNormalizer.Phone(c.Phone), c.NormalizedPhone));
        Assert.All(clients, c => Assert.Equal(ContactNormalizer.Region(c.PostalCode), c.Region));
        Assert.InRange(clients.Select(c => c.Region).Distinct().Count(), 10, 16);
        Assert.Equal(clients.Count(c => c.MarketingConsent), await db.Set<ClientConsentChange>().CountAsync(c => c.Given));
        Assert.True(await db.Set<ClientInterest>().AnyAsync());
        Assert.True(clients.GroupBy(c => (c.NormalizedName, c.PostalCode)).Count(g => g.Count() > 1) >= 3);
        Assert.All(clients, c => Assert.Equal(0, c.CompletedOrders));

        // New clients continue after the demo's ids.
        var created = await host.Get<IClientDirectory>().CreateAsync(new ClientDraft { FirstName = "Nowy", LastName = "Klient", Email = "nowy.klient@example.pl" });
        Assert.Equal(307, created.ClientId);
    }
}
