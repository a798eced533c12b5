using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Data;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

// Tells Clients about an order after it committed: the client's statistics (keyed by order, so repeating is
// harmless) and an entry on the client's timeline. The order is already saved, so a failure here is logged
// and the next change of the order records the facts again.
public sealed class OrderClientFacts(
    IDbContextFactory<ShopDbContext> contexts, IClientOrderHistory history, IClientTimeline timeline, ILogger<OrderClientFacts> logger)
{
    public async Task ReportAsync(long orderId, string title, string? detail, CancellationToken ct = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId, ct);
            if (order.ClientId is not { } clientId)
            {
                return;
            }

            await history.RecordAsync(RecordOf(order, clientId), ct);
            var at = order.UpdatedAt;
            await timeline.AddAsync(
                new ClientTimelineInput(clientId, at, ClientTimelineKind.Order, title, detail, $"/orders/{order.Id}", "Orders", $"order:{order.Id}:{order.Status}:{at.Ticks}"),
                ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not record order {OrderId} in the client's history", orderId);
        }
    }

    public static ClientOrderRecord RecordOf(Order order, int clientId)
    {
        var returnedAll = order.Lines.All(l => l.ReturnedQuantity >= l.Quantity);
        var outcome = order.Status switch
        {
            OrderStatus.Delivered => ClientOrderOutcome.Completed,
            OrderStatus.Cancelled => ClientOrderOutcome.Cancelled,
            OrderStatus.Returned when order.DeliveredAt is null && order.PaymentMethod == PaymentMethod.CashOnDelivery => ClientOrderOutcome.Refused,
            OrderStatus.Returned when returnedAll => ClientOrderOutcome.Returned,
            OrderStatus.Returned => ClientOrderOutcome.Completed,
            _ => ClientOrderOutcome.Open,
        };
        var kept = order.Lines
            .Where(l => l.Quantity > l.ReturnedQuantity)
            .Select(l => new ClientOrderLineRecord(l.ProductId, l.Quantity - l.ReturnedQuantity, KeptGross(l)))
            .ToList();
        return new ClientOrderRecord(
            clientId,
            order.Id,
            order.Number,
            outcome,
            outcome == ClientOrderOutcome.Completed ? kept.Sum(l => l.GrossMinor) : order.GrossMinor,
            order.PlacedAt,
            outcome == ClientOrderOutcome.Completed ? order.DeliveredAt : null,
            order.PaymentMethod == PaymentMethod.CashOnDelivery,
            kept);
    }

    // The gross of the units the customer kept; the returned units take their share rounded like the refund.
    public static long KeptGross(OrderLine line) => line.GrossMinor - ReturnedGross(line, line.ReturnedQuantity);

    public static long ReturnedGross(OrderLine line, int quantity) =>
        quantity >= line.Quantity ? line.GrossMinor : line.GrossMinor * quantity / line.Quantity;
}
