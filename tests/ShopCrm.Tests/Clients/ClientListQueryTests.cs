using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ClientListQueryTests
{
    private readonly ManualClock clock = new(ClientTestHost.Start);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Search_finds_a_client_by_phone_in_any_notation_by_email_and_by_name_without_diacritics(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var jan = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan.kowalski@wp.pl", "+48 601 234 567");
        var lukasz = await ClientTestHost.PersonAsync(host, "Łukasz", "Żółć", "lukasz@onet.pl", "602 000 000");
        await using (var setup = await host.NewContextAsync())
        {
            setup.Add(new ClientContact { ClientId = lukasz, Kind = ContactKind.Phone, Value = "22 111 22 33", NormalizedValue = "+48221112233" });
            await setup.SaveChangesAsync();
        }

        Assert.Equal([jan], await SearchAsync(host, "601 234 567"));
        Assert.Equal([jan], await SearchAsync(host, "0048601234567"));
        Assert.Equal([lukasz], await SearchAsync(host, "(22) 111-22-33"));
        Assert.Equal([jan], await SearchAsync(host, "JAN.kowalski@"));
        Assert.Equal([lukasz], await SearchAsync(host, "zolc"));
        Assert.Equal([lukasz], await SearchAsync(host, "Żółć"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Filters_combine_category_region_totals_and_last_order(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var history = host.Get<IClientOrderHistory>();
        var krakowVip = await ClientTestHost.PersonAsync(host, "Anna", "Nowak", "anna@wp.pl", postalCode: "31-042");
        var krakowSmall = await ClientTestHost.PersonAsync(host, "Piotr", "Nowak", "piotr@wp.pl", postalCode: "30-001");
        var warsawVip = await ClientTestHost.PersonAsync(host, "Ewa", "Nowak", "ewa@wp.pl", postalCode: "00-950");
        await history.RecordAsync(ClientTestHost.Order(krakowVip, 1, ClientOrderOutcome.Completed, 600_000, Now.AddDays(-10)));
        await history.RecordAsync(ClientTestHost.Order(krakowSmall, 2, ClientOrderOutcome.Completed, 5_000, Now.AddDays(-100)));
        await history.RecordAsync(ClientTestHost.Order(warsawVip, 3, ClientOrderOutcome.Completed, 700_000, Now.AddDays(-1)));

        Assert.Equal([krakowVip], await IdsAsync(host, new ClientFilter(Category: ClientCategory.Vip, Region: "małopolskie")));
        Assert.Equal([krakowSmall, krakowVip], await IdsAsync(host, new ClientFilter(Region: "małopolskie")));
        Assert.Equal([krakowVip, warsawVip], await IdsAsync(host, new ClientFilter(MinTotalMinor: 100_000)));
        Assert.Equal([krakowSmall], await IdsAsync(host, new ClientFilter(MaxTotalMinor: 100_000)));
        Assert.Equal([krakowVip], await IdsAsync(host, new ClientFilter(LastOrderFrom: Now.AddDays(-20), LastOrderTo: Now.AddDays(-5))));
    }

    private static Task<List<int>> SearchAsync(CoreHost host, string search) => IdsAsync(host, new ClientFilter(Search: search));

    private static async Task<List<int>> IdsAsync(CoreHost host, ClientFilter filter)
    {
        await using var db = await host.NewContextAsync();
        return await ClientListQuery.Rows(db, filter).OrderBy(r => r.TotalSpentMinor).Select(r => r.Id).ToListAsync();
    }
}
