using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Certificates;

public sealed class RedemptionTests
{
    private static async Task<(CoreHost Host, Certificate Card)> CardOf100Async(DatabaseProvider provider, bool partial = true)
    {
        var host = await CoreHost.StartAsync(provider);
        var series = await AGiftCardSeries(host.Services).Worth(10000).PartialUse(partial).BuildAsync();
        var sold = await host.Get<CertificateService>().SellAsync(new SaleRequest(series.Id, SalesChannel.Store));
        return (host, sold.Value!);
    }

    private static async Task<(long Balance, long Ledger, CertificateStatus Status)> StateAsync(CoreHost host, long id)
    {
        await using var db = await host.NewContextAsync();
        var card = await db.Set<Certificate>().AsNoTracking().SingleAsync(c => c.Id == id);
        var ledger = await db.Set<CertificateTransaction>().Where(t => t.CertificateId == id).SumAsync(t => t.AmountMinor);
        return (card.BalanceMinor, ledger, card.Status);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_orders_of_80_at_once_against_a_card_of_100_exactly_one_succeeds(DatabaseProvider provider)
    {
        var (host, card) = await CardOf100Async(provider);
        await using var _ = host;
        var redemption = host.Get<ICertificateRedemption>();

        for (var round = 0; round < 5; round++)
        {
            var results = await Task.WhenAll(
                Task.Run(() => redemption.ReserveAsync(card.Code, $"A-{round}", 8000, SalesChannel.Online)),
                Task.Run(() => redemption.ReserveAsync(card.Code, $"B-{round}", 8000, SalesChannel.Online)));

            Assert.Equal(round == 0 ? 1 : 0, results.Count(r => r.Succeeded));
            var (balance, ledger, _) = await StateAsync(host, card.Id);
            Assert.Equal(2000, balance);
            Assert.Equal(balance, ledger);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Reserving_again_for_the_same_order_takes_nothing_more(DatabaseProvider provider)
    {
        var (host, card) = await CardOf100Async(provider);
        await using var _ = host;
        var redemption = host.Get<ICertificateRedemption>();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => redemption.ReserveAsync(card.Code, "ORDER-1", 3000, SalesChannel.Online))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Single(results.Select(r => r.Value!.Id).Distinct());
        Assert.Equal((7000L, 7000L, CertificateStatus.PartlyUsed), await StateAsync(host, card.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Pay_part_then_return_the_order_and_the_amount_is_back_on_the_card(DatabaseProvider provider)
    {
        var (host, card) = await CardOf100Async(provider);
        await using var _ = host;
        var redemption = host.Get<ICertificateRedemption>();

        Assert.True((await redemption.ReserveAsync(card.Code.ToLowerInvariant(), "ORDER-7", 4550, SalesChannel.Online)).Succeeded);
        Assert.True((await redemption.CommitAsync(card.Code, "ORDER-7")).Succeeded);
        Assert.Equal((5450L, 5450L, CertificateStatus.PartlyUsed), await StateAsync(host, card.Id));

        Assert.True((await redemption.RefundAsync(card.Code, "ORDER-7")).Succeeded);
        Assert.True((await redemption.RefundAsync(card.Code, "ORDER-7")).Succeeded);

        Assert.Equal((10000L, 10000L, CertificateStatus.Active), await StateAsync(host, card.Id));
        await using var db = await host.NewContextAsync();
        var types = await db.Set<CertificateTransaction>().Where(t => t.CertificateId == card.Id).OrderBy(t => t.Id).Select(t => t.Type).ToListAsync();
        Assert.Equal([CertificateTransactionType.Activation, CertificateTransactionType.Redemption, CertificateTransactionType.Refund], types);

        // Every status change is in the audit log, including those made by conditional updates.
        var key = card.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var changes = await db.AuditEntries.Where(a => a.EntityType == nameof(Certificate) && a.EntityKey == key && a.Changes.Contains("\"Status\""))
            .OrderBy(a => a.Id).Select(a => a.Changes).ToListAsync();
        Assert.Equal(3, changes.Count);
        Assert.Contains("\"Status\":[null,\"Active\"]", changes[0], StringComparison.Ordinal);
        Assert.Contains("[\"Active\",\"PartlyUsed\"]", changes[1], StringComparison.Ordinal);
        Assert.Contains("[\"PartlyUsed\",\"Active\"]", changes[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Cancelling_an_unpaid_order_releases_its_amount_once(DatabaseProvider provider)
    {
        var (host, card) = await CardOf100Async(provider);
        await using var _ = host;
        var redemption = host.Get<ICertificateRedemption>();
        await redemption.ReserveAsync(card.Code, "ORDER-9", 10000, SalesChannel.Store);
        Assert.Equal((0L, 0L, CertificateStatus.UsedUp), await StateAsync(host, card.Id));

        await Task.WhenAll(Task.Run(() => redemption.ReleaseAsync(card.Code, "ORDER-9")), Task.Run(() => redemption.ReleaseAsync(card.Code, "ORDER-9")));

        Assert.Equal((10000L, 10000L, CertificateStatus.Active), await StateAsync(host, card.Id));
        Assert.Equal(CertificateError.NoReservation, (await redemption.CommitAsync(card.Code, "ORDER-10")).Error);
    }

    [Fact]
    public async Task Blocked_expired_and_wrong_cards_are_refused_with_a_clear_reason()
    {
        var (host, card) = await CardOf100Async(DatabaseProvider.Sqlite);
        await using var _ = host;
        var redemption = host.Get<ICertificateRedemption>();

        Assert.Equal(CertificateError.NotFound, (await redemption.ReserveAsync("XXXX-XXXX-XXXX-XXXX", "O-1", 100, SalesChannel.Online)).Error);
        Assert.Equal(CertificateError.NotEnough, (await redemption.ReserveAsync(card.Code, "O-2", 10001, SalesChannel.Online)).Error);
        await host.Get<CertificateService>().BlockAsync(card.Id, "Lost by the customer");
        Assert.Equal(CertificateError.Blocked, (await redemption.ReserveAsync(card.Code, "O-3", 100, SalesChannel.Online)).Error);
        await host.Get<CertificateService>().UnblockAsync(card.Id);
        await using (var db = await host.NewContextAsync())
        {
            await db.Set<Certificate>().Where(c => c.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, host.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-1)));
        }

        Assert.Equal(CertificateError.Expired, (await redemption.ReserveAsync(card.Code, "O-4", 100, SalesChannel.Online)).Error);
    }

    [Fact]
    public async Task A_card_for_whole_use_only_refuses_part_of_its_balance()
    {
        var (host, card) = await CardOf100Async(DatabaseProvider.Sqlite, partial: false);
        await using var _ = host;
        var redemption = host.Get<ICertificateRedemption>();

        Assert.Equal(CertificateError.WholeOnly, (await redemption.ReserveAsync(card.Code, "O-1", 5000, SalesChannel.Online)).Error);
        Assert.True((await redemption.ReserveAsync(card.Code, "O-2", 10000, SalesChannel.Online)).Succeeded);
    }
}
