using Microsoft.Extensions.Options;
using ShopCrm.Core.Data;
using ShopCrm.Core.Outbox;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services.Webhooks;

// Queues the e-shop's status call in the caller's SaveChanges, so it is sent exactly when the change is
// committed. Only orders the e-shop placed are reported: it knows no others by its own id.
public sealed class OrderWebhooks(IOptions<OrderWebhookOptions> options)
{
    public void EnqueueStatusChange(ShopDbContext db, Order order, DateTime now)
    {
        if (!options.Value.IsEnabled || order.SiteOrderId is null)
        {
            return;
        }

        db.Enqueue(
            OrderWebhookHandler.MessageType,
            new OrderStatusWebhook(order.SiteOrderId, order.Number, order.Status.ToString(), now, order.TrackingNumber, order.Carrier),
            now);
    }
}
