using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Core.Outbox;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Services.Webhooks;

namespace ShopCrm.Orders.Handlers;

// Queues the e-shop's status call for each step of an order it placed (it knows no others by its own id);
// the outbox sends it signed and retries it on its own schedule. The message's key is the step, so a handler
// run again after a crash queues nothing twice.
public sealed class OrderStatusWebhooks(IDbContextFactory<ShopDbContext> contexts, IOptions<OrderWebhookOptions> options, TimeProvider time) :
    IDomainEventHandler<OrderStatusChanged>
{
    public async Task HandleAsync(OrderStatusChanged domainEvent, CancellationToken ct)
    {
        if (!options.Value.IsEnabled || domainEvent.SiteOrderId is null)
        {
            return;
        }

        var key = $"order-status:{domainEvent.OrderId}:{domainEvent.To}:{domainEvent.At.Ticks}";
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.OutboxMessages.AnyAsync(m => m.Key == key, ct))
        {
            return;
        }

        db.Enqueue(
            OrderWebhookHandler.MessageType,
            new OrderStatusWebhook(domainEvent.SiteOrderId, domainEvent.Number, domainEvent.To.ToString(), domainEvent.At, domainEvent.TrackingNumber, domainEvent.Carrier),
            time.GetUtcNow().UtcDateTime,
            key);
        await db.SaveChangesAsync(ct);
    }
}
