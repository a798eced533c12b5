using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Data;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Orders;

public sealed class OrderCertificateTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_gift_card_sent_with_a_new_order_lowers_what_is_payable_and_holds_its_balance(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var card = await AGiftCard(shop.Host.Services).Worth(5000).BuildAsync();

        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 2)) with { CertificateCode = card.Code.ToLowerInvariant() });

        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal((24600L, 5000L, 19600L, card.Code), (order.GrossMinor, order.CertificateAmountMinor, order.PayableMinor, order.CertificateCode));
        Assert.Equal(order.Version, placed.Version);
        Assert.Null(placed.CertificateProblem);
        Assert.Equal(0, await shop.BalanceAsync(card.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_gift_card_that_cannot_pay_stops_the_order_with_a_message_on_its_field(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var usedUp = await AGiftCard(shop.Host.Services).Worth(1000).BuildAsync();
        await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Line.Id, 1)) with { CertificateCode = usedUp.Code });
        var storeOnly = await AGiftCard(shop.Host.Services).Worth(5000).UsableOnlyIn(SalesChannel.Store).BuildAsync();
        var wholeOnly = await AGiftCard(shop.Host.Services).Worth(50000).SingleUse().BuildAsync();

        var refused = new[]
        {
            ("NOPE-NOPE-NOPE-NOPE", CertificateError.NotFound),
            (usedUp.Code, CertificateError.UsedUp),
            (storeOnly.Code, CertificateError.WrongChannel),
            (wholeOnly.Code, CertificateError.WholeOnly),
        };
        foreach (var (code, expected) in refused)
        {
            var result = await shop.Orders.PlaceAsync(shop.Draft() with { Channel = OrderChannel.Site, CertificateCode = code });
            Assert.False(result.Succeeded, code);
            Assert.Equal(expected.Message, result.Error!.Fields!["CertificateCode"]);
        }

        await using var db = await shop.Host.NewContextAsync();
        Assert.Equal(1, await db.Set<Order>().CountAsync());
        Assert.Equal(50000, await shop.BalanceAsync(wholeOnly.Id));
        Assert.Equal((10, 0), await shop.StockAsync(shop.Reel));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_gift_card_that_pays_the_whole_order_makes_it_paid_and_spends_its_hold(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var card = await AGiftCard(shop.Host.Services).Worth(50000).BuildAsync();
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 2)));

        var applied = await shop.Orders.ApplyCertificateAsync(placed.Id, placed.Version, card.Code);
        await shop.DeliverEventsAsync();

        Assert.True(applied.Succeeded, applied.Error?.Message);
        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal((24600L, 0L, PaymentState.Paid), (order.CertificateAmountMinor, order.PayableMinor, order.PaymentState));
        Assert.NotNull(order.PaidAt);
        Assert.Equal(ReservationStatus.Committed, await ReservationAsync(shop, card, order.Number));
        Assert.Equal(25400, await shop.BalanceAsync(card.Id));
        Assert.Contains("OrderPaid", shop.Events.Names(placed.Id));

        // Paid by the card, it goes to assembly without a payment step; cancelled, the card gets its amount back.
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        Assert.Contains(OrderStatus.Assembly, OrderTransitions.AllowedFrom(await shop.LoadAsync(placed.Id)));
        await shop.MoveAsync(placed.Id, OrderStatus.Cancelled);
        Assert.Equal(ReservationStatus.Refunded, await ReservationAsync(shop, card, order.Number));
        Assert.Equal(50000, await shop.BalanceAsync(card.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Cancelling_an_order_paid_by_a_card_whose_hold_was_never_spent_gives_the_card_its_amount_back(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var card = await AGiftCard(shop.Host.Services).Worth(50000).BuildAsync();
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 1)) with { CertificateCode = card.Code });
        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal(PaymentState.Paid, order.PaymentState);

        // As if spending the hold had failed right after the payment.
        await using (var db = await shop.Host.NewContextAsync())
        {
            await db.Set<CertificateReservation>().Where(r => r.CertificateId == card.Id && r.OrderReference == order.Number)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ReservationStatus.Reserved));
        }

        await shop.MoveAsync(placed.Id, OrderStatus.Cancelled);

        Assert.Equal(ReservationStatus.Released, await ReservationAsync(shop, card, order.Number));
        Assert.Equal(50000, await shop.BalanceAsync(card.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_orders_racing_for_one_splittable_card_both_pay_and_the_later_one_takes_what_is_left(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        for (var round = 0; round < 6; round++)
        {
            var card = await AGiftCard(shop.Host.Services).Worth(30000).BuildAsync();
            var first = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 2)));
            var second = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 2)));

            var results = await Task.WhenAll(
                Task.Run(() => shop.Orders.ApplyCertificateAsync(first.Id, first.Version, card.Code)),
                Task.Run(() => shop.Orders.ApplyCertificateAsync(second.Id, second.Version, card.Code)));

            Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Message));
            var paid = new[] { (await shop.LoadAsync(first.Id)).CertificateAmountMinor, (await shop.LoadAsync(second.Id)).CertificateAmountMinor }.Order();
            Assert.Equal([5400L, 24600L], paid);
            Assert.Equal(0, await shop.BalanceAsync(card.Id));
        }
    }

    private static async Task<ReservationStatus> ReservationAsync(OrderFixture shop, Certificate card, string orderNumber)
    {
        await using var db = await shop.Host.NewContextAsync();
        return await db.Set<CertificateReservation>().Where(r => r.CertificateId == card.Id && r.OrderReference == orderNumber).Select(r => r.Status).SingleAsync();
    }
}
