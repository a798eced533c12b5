using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Radzen;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Jobs;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Ui;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Certificates;

public sealed class CertificateReportsTests
{
    // November: Warsaw (the shop's zone in tests) is UTC+1, so 23:30 UTC is already the next shop day.
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));

    private Task<CoreHost> StartAsync(DatabaseProvider provider) =>
        CoreHost.StartAsync(provider, s => s.AddSingleton<TimeProvider>(clock));

    private void SetClock(int day, int hour, int minute = 0) =>
        clock.Advance(new DateTimeOffset(2026, 11, day, hour, minute, 0, TimeSpan.Zero) - clock.GetUtcNow());

    private static async Task<Certificate> SellAsync(
        CoreHost host, CertificateSeries series, SalesChannel channel = SalesChannel.Store, long? value = null, bool paid = true)
    {
        var sold = await host.Get<CertificateService>().SellAsync(new SaleRequest(series.Id, channel, value, RecipientName: "Zofia Wójcik", Paid: paid));
        Assert.True(sold.Succeeded, sold.Error?.Message);
        return sold.Value!;
    }

    private static async Task SpendAsync(CoreHost host, Certificate card, string order, long amount) =>
        Assert.True((await host.Get<ICertificateRedemption>().ReserveAsync(card.Code, order, amount, SalesChannel.Online)).Succeeded);

    private static async Task SetExpiryAsync(CoreHost host, Certificate card, DateTime expiresAt)
    {
        await using var db = await host.NewContextAsync();
        await db.Set<Certificate>().Where(c => c.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, expiresAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Liability_is_the_balance_left_on_active_and_partly_used_cards_per_currency(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var hundred = await AGiftCardSeries(host.Services).Worth(10000).BuildAsync();
        var chosen = await AGiftCardSeries(host.Services).OfChosenValue().BuildAsync();
        var euro = await AGiftCardSeries(host.Services).Worth(5000).BuildAsync();
        await using (var db = await host.NewContextAsync())
        {
            await db.Set<CertificateSeries>().Where(s => s.Id == euro.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Currency, "EUR"));
        }

        await SellAsync(host, hundred);
        await SpendAsync(host, await SellAsync(host, hundred, SalesChannel.Phone), "ORDER-1", 3000);
        await SellAsync(host, hundred, paid: false);
        await host.Get<CertificateService>().BlockAsync((await SellAsync(host, hundred)).Id, "Lost");
        await SpendAsync(host, await SellAsync(host, hundred), "ORDER-2", 10000);
        await SellAsync(host, chosen, value: 25000);
        await SellAsync(host, euro);

        var liability = await host.Get<CertificateReports>().LiabilityAsync();

        Assert.Equal([new CurrencyTotal("EUR", 1, 5000), new CurrencyTotal("PLN", 3, 10000 + 7000 + 25000)], liability);
        Assert.Equal("420.00 PLN", liability[1].Amount.ToString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Expiring_soon_pages_the_spendable_cards_whose_last_day_is_within_the_days_asked(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var series = await AGiftCardSeries(host.Services).Worth(10000).BuildAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var in10 = await SellAsync(host, series);
        var in29 = await SellAsync(host, series);
        var partlyUsedIn20 = await SellAsync(host, series);
        await SpendAsync(host, partlyUsedIn20, "ORDER-1", 2500);
        var in31 = await SellAsync(host, series);
        var blockedIn5 = await SellAsync(host, series);
        await host.Get<CertificateService>().BlockAsync(blockedIn5.Id, "Lost");
        var unpaidIn3 = await SellAsync(host, series, paid: false);
        var alreadyPast = await SellAsync(host, series);
        await SetExpiryAsync(host, in10, now.AddDays(10));
        await SetExpiryAsync(host, in29, now.AddDays(29));
        await SetExpiryAsync(host, partlyUsedIn20, now.AddDays(20));
        await SetExpiryAsync(host, in31, now.AddDays(31));
        await SetExpiryAsync(host, blockedIn5, now.AddDays(5));
        await SetExpiryAsync(host, unpaidIn3, now.AddDays(3));
        await SetExpiryAsync(host, alreadyPast, now.AddDays(-1));
        var reports = host.Get<CertificateReports>();
        await using var db = await host.NewContextAsync();

        var (firstPage, count) = await GridQuery.PageAsync(await reports.ExpiringSoonAsync(db, 30), new LoadDataArgs { Skip = 0, Top = 2, OrderBy = "ExpiresAt" }, "ExpiresAt");
        var (secondPage, _) = await GridQuery.PageAsync(await reports.ExpiringSoonAsync(db, 30), new LoadDataArgs { Skip = 2, Top = 2, OrderBy = "ExpiresAt" }, "ExpiresAt");
        var (byBalance, _) = await GridQuery.PageAsync(
            await reports.ExpiringSoonAsync(db, 30),
            new LoadDataArgs
            {
                OrderBy = "BalanceMinor",
                Filters = [new FilterDescriptor { Property = "RecipientName", FilterValue = "zofia", FilterOperator = FilterOperator.Contains }],
            },
            "ExpiresAt");

        Assert.Equal(3, count);
        Assert.Equal([in10.Id, partlyUsedIn20.Id], firstPage.Select(c => c.Id));
        Assert.Equal([in29.Id], secondPage.Select(c => c.Id));
        Assert.Equal([partlyUsedIn20.Id, in10.Id, in29.Id], byBalance.Select(c => c.Id));
        Assert.Equal(series.Name, firstPage[1].SeriesName);
        Assert.Equal("75.00 PLN", firstPage[1].Balance.ToString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Write_offs_in_a_period_count_and_sum_the_balances_that_expired_unused(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var series = await AGiftCardSeries(host.Services).Worth(10000).BuildAsync();
        var untouched = await SellAsync(host, series);
        var partlyUsed = await SellAsync(host, series);
        await SpendAsync(host, partlyUsed, "ORDER-1", 4000);
        var usedUp = await SellAsync(host, series);
        await SpendAsync(host, usedUp, "ORDER-2", 10000);
        var lastDay = new DateTime(2026, 11, 12, 8, 0, 0, DateTimeKind.Utc);
        foreach (var card in new[] { untouched, partlyUsed, usedUp })
        {
            await SetExpiryAsync(host, card, lastDay);
        }

        SetClock(12, 10);
        Assert.Equal(3, await host.Get<CertificateExpiryJob>().ExpireDueAsync(default));
        var reports = host.Get<CertificateReports>();

        var onTheDay = await reports.WriteOffsAsync(new DateOnly(2026, 11, 12), new DateOnly(2026, 11, 12));
        var before = await reports.WriteOffsAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 11));

        Assert.Equal([new CurrencyTotal("PLN", 2, 10000 + 6000)], onTheDay);
        Assert.Empty(before);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Sales_per_shop_day_and_channel_and_redemptions_less_releases_per_day(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var hundred = await AGiftCardSeries(host.Services).Worth(10000).BuildAsync();
        var chosen = await AGiftCardSeries(host.Services).OfChosenValue().BuildAsync();

        SetClock(9, 23, 30); // 00:30 on the 10th in the shop
        await SellAsync(host, hundred, SalesChannel.Store);
        SetClock(10, 9);
        var storeCard = await SellAsync(host, hundred, SalesChannel.Store);
        var phoneCard = await SellAsync(host, chosen, SalesChannel.Phone, value: 15000);
        await SellAsync(host, hundred, SalesChannel.SalesRep);
        var unpaid = await SellAsync(host, hundred, SalesChannel.Phone, paid: false);
        SetClock(10, 23, 30); // 00:30 on the 11th in the shop
        await SellAsync(host, hundred, SalesChannel.Store);
        SetClock(11, 12);
        Assert.True(await host.Get<CertificateService>().ActivateAsync(unpaid.Id));
        Assert.True((await host.Get<CertificateService>().IssueBatchAsync(new SaleRequest(hundred.Id, SalesChannel.SalesRep), 3, "ACME-2026")).Succeeded);
        await SpendAsync(host, storeCard, "ORDER-A", 3000);
        await SpendAsync(host, phoneCard, "ORDER-B", 2000);
        Assert.True((await host.Get<ICertificateRedemption>().ReleaseAsync(phoneCard.Code, "ORDER-B")).Succeeded);
        await SpendAsync(host, phoneCard, "ORDER-C", 1250);
        var reports = host.Get<CertificateReports>();
        var tenth = new DateOnly(2026, 11, 10);
        var eleventh = new DateOnly(2026, 11, 11);

        var both = await reports.SalesAndRedemptionsAsync(tenth, eleventh);
        var first = await reports.SalesAndRedemptionsAsync(tenth, tenth);

        Assert.Equal(
            [
                new DailyChannelAmount(tenth, SalesChannel.Store, "PLN", 20000),
                new DailyChannelAmount(tenth, SalesChannel.Phone, "PLN", 15000),
                new DailyChannelAmount(tenth, SalesChannel.SalesRep, "PLN", 10000),
                new DailyChannelAmount(eleventh, SalesChannel.Store, "PLN", 10000),
                new DailyChannelAmount(eleventh, SalesChannel.Phone, "PLN", 10000),
                new DailyChannelAmount(eleventh, SalesChannel.SalesRep, "PLN", 30000),
            ],
            both.Sales);
        Assert.Equal([new DailyAmount(eleventh, "PLN", 3000 + 1250)], both.Redemptions);
        Assert.Equal(both.Sales.Where(s => s.Day == tenth), first.Sales);
        Assert.Empty(first.Redemptions);
    }
}
