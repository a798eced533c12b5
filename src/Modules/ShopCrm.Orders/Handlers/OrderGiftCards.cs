using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Core.Results;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Contracts;

namespace ShopCrm.Orders.Handlers;

// What a committed step means for the gift card that pays part of the order: the hold is spent when the order
// is paid or leaves the shop, given back when it is cancelled unpaid, refunded when a paid order is cancelled
// or comes back whole. Certificates keys every move by the order number and answers a repeated one with
// "wrong-state", so running a handler again moves no money twice.
public sealed class OrderGiftCards(
    IDbContextFactory<ShopDbContext> contexts,
    ICertificateRedemption certificates,
    ILogger<OrderGiftCards> logger) :
    IDomainEventHandler<OrderPaid>,
    IDomainEventHandler<OrderDispatched>,
    IDomainEventHandler<OrderDelivered>,
    IDomainEventHandler<OrderCancelled>,
    IDomainEventHandler<OrderReturned>
{
    public Task HandleAsync(OrderPaid domainEvent, CancellationToken ct) =>
        MoveAsync(domainEvent.OrderId, (order, code) => certificates.CommitAsync(code, order.Number, ct), ct);

    public Task HandleAsync(OrderDispatched domainEvent, CancellationToken ct) =>
        MoveAsync(domainEvent.OrderId, (order, code) => certificates.CommitAsync(code, order.Number, ct), ct);

    public Task HandleAsync(OrderDelivered domainEvent, CancellationToken ct) =>
        MoveAsync(domainEvent.OrderId, (order, code) => certificates.CommitAsync(code, order.Number, ct), ct);

    public Task HandleAsync(OrderCancelled domainEvent, CancellationToken ct) =>
        MoveAsync(domainEvent.OrderId, (order, code) => order.IsPaid ? RefundOrReleaseAsync(code, order.Number, ct) : certificates.ReleaseAsync(code, order.Number, ct), ct);

    public Task HandleAsync(OrderReturned domainEvent, CancellationToken ct) =>
        domainEvent.WholeOrder
            ? MoveAsync(domainEvent.OrderId, (order, code) => certificates.RefundAsync(code, order.Number, ct), ct)
            : Task.CompletedTask;

    // A paid order's card amount was spent, so it is refunded; a card that paid the whole order but whose hold
    // was not spent then still holds the amount, which is released instead.
    private async Task<Result<CertificateHold>> RefundOrReleaseAsync(string code, string reference, CancellationToken ct)
    {
        var refunded = await certificates.RefundAsync(code, reference, ct);
        return refunded.Error?.Code == "wrong-state" ? await certificates.ReleaseAsync(code, reference, ct) : refunded;
    }

    private async Task MoveAsync(long orderId, Func<Order, string, Task<Result<CertificateHold>>> move, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == orderId, ct);
        if (order.CertificateCode is null || order.CertificateAmountMinor == 0)
        {
            return;
        }

        var result = await move(order, order.CertificateCode);
        if (!result.Succeeded && result.Error!.Code != "wrong-state")
        {
            logger.LogError("Gift card of {Order} did not move: {Error}", order.Number, result.Error.Message);
        }
    }
}
