using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Services;
using ShopCrm.Orders.Services.Webhooks;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Orders;

// The handlers that follow an order's steps (stock, gift card, client facts, webhooks) with delivery killed
// half-way, and then with every delivery run a second time: what they did must come out exactly once.
public sealed class OrderEventDeliveryTests
{
    // Kills the delivery the moment it is handed the chosen step, as a process that dies mid-batch.
    public sealed class Reaper : IDomainEventHandler<OrderStatusChanged>
    {
        public CancellationTokenSource? Death { get; set; }

        public OrderStatus? KillsAt { get; set; }

        public Task HandleAsync(OrderStatusChanged domainEvent, CancellationToken ct)
        {
            if (domainEvent.To == KillsAt)
            {
                KillsAt = null;
                Death!.Cancel();
            }

            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Order_handlers_killed_mid_way_and_run_again_move_stock_cards_facts_and_webhooks_exactly_once(DatabaseProvider provider)
    {
        await using var receiver = WebhookReceiver.Start();
        var clock = new ManualClock(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
        await using var shop = await OrderFixture.StartAsync(
            provider,
            clock: clock,
            settings: new Dictionary<string, string?> { ["Orders:Webhook:Url"] = receiver.Url, ["Orders:Webhook:Secret"] = "test-secret-0123456789abcdef" },
            configure: s => s.AddDomainEventHandler<OrderStatusChanged, Reaper>());
        var card = await AGiftCard(shop.Host.Services).Worth(5000).BuildAsync();
        var site = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 2)) with { Channel = OrderChannel.Site, SiteOrderId = "WWW-KILL-1", PaymentMethod = PaymentMethod.Online });
        var phone = await shop.PlaceAsync(shop.Draft() with { CertificateCode = card.Code });

        await StepAsync(shop, site.Id, OrderStatus.Confirmed);
        await StepAsync(shop, phone.Id, OrderStatus.Confirmed);
        await StepAsync(shop, site.Id, OrderStatus.Paid);
        await StepAsync(shop, phone.Id, OrderStatus.Paid);
        await StepAsync(shop, site.Id, OrderStatus.Assembly);
        await StepAsync(shop, phone.Id, OrderStatus.Cancelled);
        await StepAsync(shop, site.Id, OrderStatus.Packed);
        await StepAsync(shop, site.Id, OrderStatus.Shipped);
        await StepAsync(shop, site.Id, OrderStatus.Delivered);

        var reaper = shop.Host.Get<Reaper>();
        using (var death = new CancellationTokenSource())
        {
            (reaper.Death, reaper.KillsAt) = (death, OrderStatus.Shipped);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => shop.Host.Get<DomainEventDispatcher>().DeliverDueAsync(death.Token));
        }

        clock.Advance(TimeSpan.FromMinutes(3));
        await shop.DeliverEventsAsync();
        await AssertDoneOnceAsync(shop, site.Id, phone.Id, card.Id);
        Assert.Equal(["OrderPlaced", "OrderConfirmed", "OrderPaid", "OrderDispatched", "OrderDelivered"], shop.Events.Names(site.Id));
        Assert.Equal(["OrderPlaced", "OrderConfirmed", "OrderPaid", "OrderCancelled"], shop.Events.Names(phone.Id));

        // Every handler runs every event once more, as after a crash that lost all their inbox rows.
        await using (var db = await shop.Host.NewContextAsync())
        {
            await db.Set<DomainEventDelivery>().Where(d => d.Handler != nameof(RecordingOrderEvents))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.DeliveredAt, (DateTime?)null));
        }

        // 24 deliveries for the site order's events and 13 for the phone order's.
        Assert.Equal(37, await shop.DeliverEventsAsync());
        await AssertDoneOnceAsync(shop, site.Id, phone.Id, card.Id);
    }

    private static async Task StepAsync(OrderFixture shop, long orderId, OrderStatus to)
    {
        var order = await shop.LoadAsync(orderId);
        var moved = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(orderId, order.Version, to)
        {
            Carrier = to == OrderStatus.Shipped ? "InPost" : null,
            TrackingNumber = to == OrderStatus.Shipped ? "620012345678" : null,
        });
        Assert.True(moved.Succeeded, moved.Error?.Message);
    }

    private static async Task AssertDoneOnceAsync(OrderFixture shop, long siteId, long phoneId, long cardId)
    {
        Assert.Equal((8, 0), await shop.StockAsync(shop.Reel));
        Assert.Equal(5000, await shop.BalanceAsync(cardId));
        Assert.Equal(ClientOrderOutcome.Completed, (await shop.FactAsync(siteId)).Outcome);
        Assert.Equal(ClientOrderOutcome.Cancelled, (await shop.FactAsync(phoneId)).Outcome);
        Assert.Equal(7, await shop.TimelineEntriesAsync(siteId));
        Assert.Equal(4, await shop.TimelineEntriesAsync(phoneId));
        await using var db = await shop.Host.NewContextAsync();
        var webhooks = await db.OutboxMessages.Where(m => m.Type == OrderWebhookHandler.MessageType).OrderBy(m => m.Id).Select(m => m.Payload).ToListAsync();
        Assert.Equal(
            ["Confirmed", "Paid", "Assembly", "Packed", "Shipped", "Delivered"],
            webhooks.Select(p => System.Text.Json.JsonDocument.Parse(p).RootElement.GetProperty("status").GetString()));
    }
}
