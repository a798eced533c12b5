using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Data;
using ShopCrm.Core.Outbox;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services.Webhooks;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Orders;

public sealed class OrderWebhookTests
{
    private const string Secret = "test-secret-0123456789abcdef";
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Every_status_change_of_a_site_order_reaches_the_shop_signed_with_the_secret(DatabaseProvider provider)
    {
        await using var receiver = WebhookReceiver.Start();
        var clock = new ManualClock(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
        await using var shop = await StartAsync(provider, clock, receiver);
        var siteOrderId = "WWW-" + Guid.NewGuid().ToString("N")[..8];
        var fromSite = await shop.PlaceAsync(shop.Draft() with { Channel = OrderChannel.Site, SiteOrderId = siteOrderId, PaymentMethod = PaymentMethod.Online });
        var byPhone = await shop.PlaceAsync(shop.Draft());

        await shop.MoveAsync(fromSite.Id, OrderStatus.Confirmed);
        await shop.MoveAsync(byPhone.Id, OrderStatus.Confirmed);
        await shop.MoveAsync(fromSite.Id, OrderStatus.Paid);
        await shop.MoveAsync(fromSite.Id, OrderStatus.Assembly);
        await shop.MoveAsync(fromSite.Id, OrderStatus.Packed);
        clock.Advance(TimeSpan.FromMinutes(30));
        await shop.MoveAsync(fromSite.Id, OrderStatus.Shipped, carrier: "InPost", tracking: "620012345678");
        Assert.Equal(5, await DeliverAsync(shop));

        var calls = receiver.Calls.ToList();
        Assert.Equal(["Confirmed", "Paid", "Assembly", "Packed", "Shipped"], calls.Select(c => Json(c.Body).GetProperty("status").GetString()));
        Assert.All(calls, call =>
        {
            Assert.Equal("POST", call.Method);
            Assert.StartsWith("application/json", call.ContentType);
            Assert.True(WebhookSignature.Verify(Secret, call.Timestamp, call.Body, call.Signature, clock.GetUtcNow(), Tolerance), call.Body);
            Assert.False(WebhookSignature.Verify("another-secret-0123456789", call.Timestamp, call.Body, call.Signature, clock.GetUtcNow(), Tolerance));
            Assert.False(WebhookSignature.Verify(Secret, call.Timestamp, call.Body.Replace(siteOrderId, "WWW-forged", StringComparison.Ordinal), call.Signature, clock.GetUtcNow(), Tolerance));
        });
        var shipped = Json(calls[^1].Body);
        var order = await shop.LoadAsync(fromSite.Id);
        Assert.Equal(siteOrderId, shipped.GetProperty("siteOrderId").GetString());
        Assert.Equal(order.Number, shipped.GetProperty("number").GetString());
        Assert.Equal(("InPost", "620012345678"), (shipped.GetProperty("carrier").GetString(), shipped.GetProperty("trackingNumber").GetString()));
        Assert.Equal(order.ShippedAt, shipped.GetProperty("changedAt").GetDateTime().ToUniversalTime());
        Assert.Equal(JsonValueKind.Null, Json(calls[0].Body).GetProperty("trackingNumber").ValueKind);

        // The same call replayed an hour later is refused by a receiver that checks the signed timestamp.
        clock.Advance(TimeSpan.FromHours(1));
        Assert.False(WebhookSignature.Verify(Secret, calls[^1].Timestamp, calls[^1].Body, calls[^1].Signature, clock.GetUtcNow(), Tolerance));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_shop_that_fails_gets_the_same_status_call_again_later_with_a_fresh_signature(DatabaseProvider provider)
    {
        await using var receiver = WebhookReceiver.Start();
        receiver.AnswerNext(HttpStatusCode.InternalServerError);
        var clock = new ManualClock(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
        await using var shop = await StartAsync(provider, clock, receiver);
        var placed = await shop.PlaceAsync(shop.Draft() with { Channel = OrderChannel.Site, SiteOrderId = "WWW-" + Guid.NewGuid().ToString("N")[..8] });

        await shop.MoveAsync(placed.Id, OrderStatus.Cancelled);
        Assert.Equal(0, await DeliverAsync(shop));
        Assert.Equal(0, await DeliverAsync(shop));
        var waiting = await WebhookMessageAsync(shop);
        Assert.Equal((1, (DateTime?)null), (waiting.Attempts, waiting.DeliveredAt));
        Assert.Contains("500", waiting.LastError);

        clock.Advance(OutboxDeliveryJob.RetryDelay(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await DeliverAsync(shop));

        var calls = receiver.Calls.ToList();
        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.OK], calls.Select(c => c.Answer));
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.NotEqual(calls[0].Timestamp, calls[1].Timestamp);
        Assert.True(WebhookSignature.Verify(Secret, calls[1].Timestamp, calls[1].Body, calls[1].Signature, clock.GetUtcNow(), Tolerance));
        Assert.Equal("Cancelled", Json(calls[1].Body).GetProperty("status").GetString());
        Assert.NotNull((await WebhookMessageAsync(shop)).DeliveredAt);
    }

    [Fact]
    public async Task Without_a_webhook_address_no_status_call_is_queued()
    {
        await using var shop = await OrderFixture.StartAsync(DatabaseProvider.Sqlite);
        var placed = await shop.PlaceAsync(shop.Draft() with { Channel = OrderChannel.Site, SiteOrderId = "WWW-" + Guid.NewGuid().ToString("N")[..8] });

        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);

        await using var db = await shop.Host.NewContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Type == OrderWebhookHandler.MessageType));
    }

    private static Task<OrderFixture> StartAsync(DatabaseProvider provider, ManualClock clock, WebhookReceiver receiver) =>
        OrderFixture.StartAsync(provider, clock: clock, settings: new Dictionary<string, string?>
        {
            ["Orders:Webhook:Url"] = receiver.Url,
            ["Orders:Webhook:Secret"] = Secret,
        });

    private static async Task<int> DeliverAsync(OrderFixture shop)
    {
        await using var scope = shop.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync(CancellationToken.None);
    }

    private static async Task<OutboxMessage> WebhookMessageAsync(OrderFixture shop)
    {
        await using var db = await shop.Host.NewContextAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Type == OrderWebhookHandler.MessageType);
    }

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;
}
