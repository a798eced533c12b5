using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Services;

namespace ShopCrm.Orders.Handlers;

// Tells Clients about every change of a client's order: the client's statistics (a record per order, replaced
// each time from the order as it is now) and an entry on the client's timeline (keyed by the order, status
// and moment). Both are keyed, so the handler running twice for one event records nothing twice.
public sealed class OrderClientFacts(IDbContextFactory<ShopDbContext> contexts, IClientOrderHistory history, IClientTimeline timeline) :
    IDomainEventHandler<OrderPlaced>,
    IDomainEventHandler<OrderStatusChanged>,
    IDomainEventHandler<OrderLinesChanged>
{
    public Task HandleAsync(OrderPlaced domainEvent, CancellationToken ct) =>
        ReportAsync(domainEvent.OrderId, domainEvent.At, OrderStatus.New, $"Order {domainEvent.Number} placed", $"{domainEvent.LineCount} lines", ct);

    public Task HandleAsync(OrderStatusChanged domainEvent, CancellationToken ct) =>
        ReportAsync(domainEvent.OrderId, domainEvent.At, domainEvent.To, $"Order {domainEvent.Number} {OrderStatusText.Of(domainEvent.To)}", domainEvent.Detail, ct);

    public Task HandleAsync(OrderLinesChanged domainEvent, CancellationToken ct) =>
        ReportAsync(domainEvent.OrderId, domainEvent.At, null, $"Order {domainEvent.Number} lines changed", domainEvent.Summary, ct);

    private async Task ReportAsync(long orderId, DateTime at, OrderStatus? status, string title, string? detail, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId, ct);
        if (order.ClientId is not { } clientId)
        {
            return;
        }

        await history.RecordAsync(RecordOf(order, clientId), ct);
        await timeline.AddAsync(
            new ClientTimelineInput(clientId, at, ClientTimelineKind.Order, title, detail, $"/orders/{order.Id}", "Orders", $"order:{order.Id}:{status?.ToString() ?? "Lines"}:{at.Ticks}"),
            ct);
    }

    public static ClientOrderRecord RecordOf(Order order, int clientId)
    {
        var outcome = order.Status switch
        {
            OrderStatus.Delivered => ClientOrderOutcome.Completed,
            OrderStatus.Cancelled => ClientOrderOutcome.Cancelled,
            OrderStatus.Returned when order.DeliveredAt is null && order.PaymentMethod == PaymentMethod.CashOnDelivery => ClientOrderOutcome.Refused,
            OrderStatus.Returned when order.IsReturnedWhole => ClientOrderOutcome.Returned,
            OrderStatus.Returned => ClientOrderOutcome.Completed,
            _ => ClientOrderOutcome.Open,
        };
        var kept = order.Lines
            .Where(l => l.Quantity > l.ReturnedQuantity)
            .Select(l => new ClientOrderLineRecord(l.ProductId, l.Quantity - l.ReturnedQuantity, l.KeptGrossMinor))
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
}
