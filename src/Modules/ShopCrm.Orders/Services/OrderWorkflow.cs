using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Services;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Core.Security;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Events;
using ShopCrm.Orders.Services.Webhooks;

namespace ShopCrm.Orders.Services;

// Moves an order from status to status and does what each step means for stock, gift cards and money.
// Stock and gift cards live in other modules with their own transactions, so the order is saved in its own:
// what takes something (reserving stock) happens before the save and is given back if the save loses a
// race; what gives something back or finalizes it (release, sale, refund) happens after the save. Every
// such call is keyed by the order line or order number, so repeating it never counts twice.
public sealed class OrderWorkflow(
    IDbContextFactory<ShopDbContext> contexts,
    TimeProvider time,
    ICurrentUser currentUser,
    PermissionGuard guard,
    IStockReservations reservations,
    IStockReturns stock,
    ICertificateRedemption certificates,
    OrderClientFacts clientFacts,
    OrderWebhooks webhooks,
    ILogger<OrderWorkflow> logger)
{
    public static string StockKey(Order order, OrderLine line) => $"{order.Number}#{line.Position}";

    public static string ReturnStockKey(Order order, OrderReturn orderReturn, OrderLine line) => $"{order.Number}/R{orderReturn.Id}#{line.Position}";

    public Task<OrderResult<int>> ChangeStatusAsync(OrderStatusRequest request, CancellationToken ct = default) =>
        ChangeStatusAsync(request, OrderTransitions.PermissionFor(request.To), ct);

    // A site order is confirmed (its stock reserved) as part of being placed from the e-shop, which is what
    // the site key's scope allows; every other step goes through the staff map above.
    internal Task<OrderResult<int>> ConfirmSiteOrderAsync(long orderId, int version, CancellationToken ct) =>
        ChangeStatusAsync(new OrderStatusRequest(orderId, version, OrderStatus.Confirmed), OrderPermissions.SitePlace, ct);

    private async Task<OrderResult<int>> ChangeStatusAsync(OrderStatusRequest request, string permission, CancellationToken ct)
    {
        if (!await guard.HasAsync(permission))
        {
            return OrderResult<int>.Fail(new OrderError("forbidden", $"You may not mark orders {OrderStatusText.Of(request.To)}: it needs the permission \"{guard.DescriptionOf(permission)}\"."));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Set<Order>().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == request.OrderId, ct);
        if (order is null)
        {
            return OrderResult<int>.Fail(OrderError.NotFound);
        }

        if (order.Version != request.ExpectedVersion)
        {
            return OrderResult<int>.Fail(OrderError.Conflict);
        }

        var from = order.Status;
        if (!OrderTransitions.IsAllowed(order, request.To))
        {
            return OrderResult<int>.Fail(OrderError.NotAllowed(from, request.To));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var events = new List<IDomainEvent>();
        IReadOnlyList<(OrderLine Line, int Quantity)> returned = [];
        OrderReturn? orderReturn = null;
        string? detail = request.Note;
        switch (request.To)
        {
            case OrderStatus.Confirmed:
                if (await ReserveAsync(order, includeBackorders: false, ct) is { } notConfirmed)
                {
                    return OrderResult<int>.Fail(notConfirmed);
                }

                order.ConfirmedAt = now;
                events.Add(new OrderConfirmed(order.Id, order.Number, order.ClientId, now));
                break;
            case OrderStatus.Paid:
                MarkPaid(order, now, events);
                break;
            case OrderStatus.Assembly:
                order.AssemblyAt = now;
                break;
            case OrderStatus.Packed:
                order.PackedAt = now;
                break;
            case OrderStatus.Shipped:
                var carrier = request.Carrier?.Trim();
                var tracking = request.TrackingNumber?.Trim();
                var shipErrors = new Dictionary<string, string>();
                if (string.IsNullOrEmpty(carrier))
                {
                    shipErrors[nameof(request.Carrier)] = "Choose the carrier.";
                }

                if (string.IsNullOrEmpty(tracking))
                {
                    shipErrors[nameof(request.TrackingNumber)] = "Enter the parcel's tracking number.";
                }

                if (shipErrors.Count > 0)
                {
                    return OrderResult<int>.Fail(OrderError.Invalid(shipErrors));
                }

                if (await ReserveAsync(order, includeBackorders: true, ct) is { } notShipped)
                {
                    return OrderResult<int>.Fail(notShipped);
                }

                order.Carrier = carrier;
                order.TrackingNumber = tracking;
                order.ShippedAt = now;
                detail ??= $"{carrier} {tracking}";
                events.Add(new OrderDispatched(order.Id, order.Number, order.ClientId, now, carrier, tracking));
                break;
            case OrderStatus.Delivered:
                if (from == OrderStatus.Packed && await ReserveAsync(order, includeBackorders: true, ct) is { } notHandedOver)
                {
                    return OrderResult<int>.Fail(notHandedOver);
                }

                order.DeliveredAt = now;
                if (!order.IsPaid)
                {
                    MarkPaid(order, now, events);
                }

                events.Add(new OrderDelivered(order.Id, order.Number, order.ClientId, now));
                break;
            case OrderStatus.Cancelled:
                order.CancelledAt = now;
                if (order.IsPaid)
                {
                    order.RefundDueMinor = order.PayableMinor;
                    order.PaymentState = order.PayableMinor > 0 ? PaymentState.RefundDue : order.PaymentState;
                }

                events.Add(new OrderCancelled(order.Id, order.Number, order.ClientId, now, order.RefundDueMinor));
                break;
            case OrderStatus.Returned:
                var chosen = ChooseReturnedLines(order, request.ReturnedLines);
                if (chosen.Error is not null)
                {
                    return OrderResult<int>.Fail(chosen.Error);
                }

                returned = chosen.Lines;
                orderReturn = RecordReturn(order, returned, request.Note, now);
                db.Add(orderReturn);
                order.ReturnedAt = now;
                detail = $"{returned.Sum(r => r.Quantity)} units back" + (orderReturn.RefundDueMinor > 0 ? $", refund due {orderReturn.RefundDueMinor / 100m:N2} {order.Currency}" : "");
                events.Add(new OrderReturned(order.Id, order.Number, order.ClientId, now, order.Lines.All(l => l.ReturnedQuantity >= l.Quantity), orderReturn.RefundDueMinor));
                break;
        }

        order.Status = request.To;
        order.UpdatedAt = now;
        db.Entry(order).Property(o => o.Version).OriginalValue = request.ExpectedVersion;
        order.Version = request.ExpectedVersion + 1;
        db.Add(new OrderStatusChange { OrderId = order.Id, From = from, To = request.To, At = now, ChangedBy = currentUser.UserName, Note = request.Note?.Trim() });
        events.ForEach(db.AddEvent);
        webhooks.EnqueueStatusChange(db, order, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            if (request.To == OrderStatus.Confirmed)
            {
                await ReleaseIfStillNewAsync(order.Id, ct);
            }

            return OrderResult<int>.Fail(OrderError.Conflict);
        }

        await FollowUpAsync(order, from, returned, orderReturn, ct);
        await clientFacts.ReportAsync(order.Id, $"Order {order.Number} {OrderStatusText.Of(order.Status)}", detail, ct);
        return OrderResult<int>.Ok(order.Version);
    }

    // Reserves every line that has no reservation yet. A line without stock fails the step unless its
    // backorder is allowed and backorders are still acceptable (confirmation); at dispatch every unit must be there.
    private async Task<OrderError?> ReserveAsync(Order order, bool includeBackorders, CancellationToken ct)
    {
        var reservedNow = new List<string>();
        var problems = new Dictionary<string, string>();
        foreach (var line in order.Lines.OrderBy(l => l.Position))
        {
            if (line.WarehouseId is not null && !line.OnBackorder)
            {
                continue;
            }

            var key = StockKey(order, line);
            var result = await reservations.ReserveAsync(key, line.ProductId, line.Quantity, null, ct);
            if (result.Succeeded)
            {
                reservedNow.Add(key);
                line.WarehouseId = result.Value!.WarehouseId;
                line.OnBackorder = false;
            }
            else if (result.Error == StockError.NotEnough && line.BackorderAllowed && !includeBackorders)
            {
                line.OnBackorder = true;
            }
            else
            {
                problems[$"Lines[{line.Position - 1}].Quantity"] = result.Error == StockError.NotEnough
                    ? $"{line.Sku} {line.Name}: not enough stock for {line.Quantity} {(line.Quantity == 1 ? "unit" : "units")}" +
                      (includeBackorders ? " (still on backorder)." : ". Allow a backorder for this line or change the quantity.")
                    : $"{line.Sku} {line.Name}: {result.Error!.Message}";
            }
        }

        if (problems.Count == 0)
        {
            return null;
        }

        foreach (var key in reservedNow)
        {
            await reservations.ReleaseAsync(key, ct);
        }

        return new OrderError("no-stock", string.Join(" ", problems.Values), problems);
    }

    private async Task ReleaseIfStillNewAsync(long orderId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId, ct);
        if (order.Status != OrderStatus.New)
        {
            return;
        }

        foreach (var line in order.Lines)
        {
            await reservations.ReleaseAsync(StockKey(order, line), ct);
        }
    }

    private static void MarkPaid(Order order, DateTime now, List<IDomainEvent> events)
    {
        order.PaymentState = PaymentState.Paid;
        order.PaidAt = now;
        events.Add(new OrderPaid(order.Id, order.Number, order.ClientId, now, order.PayableMinor));
    }

    private static (IReadOnlyList<(OrderLine Line, int Quantity)> Lines, OrderError? Error) ChooseReturnedLines(Order order, IReadOnlyList<ReturnedLine>? requested)
    {
        if (requested is null)
        {
            return (order.Lines.Where(l => l.ReturnedQuantity < l.Quantity).Select(l => (l, l.Quantity - l.ReturnedQuantity)).ToList(), null);
        }

        var errors = new Dictionary<string, string>();
        var chosen = new List<(OrderLine, int)>();
        foreach (var item in requested.Where(r => r.Quantity != 0))
        {
            var line = order.Lines.SingleOrDefault(l => l.Id == item.OrderLineId);
            if (line is null)
            {
                errors[$"ReturnedLines[{item.OrderLineId}]"] = "This line is not part of the order.";
            }
            else if (item.Quantity < 0 || item.Quantity > line.Quantity - line.ReturnedQuantity)
            {
                errors[$"Lines[{line.Position - 1}].ReturnedQuantity"] = $"{line.Sku}: at most {line.Quantity - line.ReturnedQuantity} can still be returned.";
            }
            else
            {
                chosen.Add((line, item.Quantity));
            }
        }

        if (errors.Count == 0 && chosen.Count == 0)
        {
            errors["ReturnedLines"] = "Choose at least one returned unit.";
        }

        return errors.Count > 0 ? ([], OrderError.Invalid(errors)) : (chosen, null);
    }

    // The refund is the gross of the returned units; when the whole order comes back the gift card gets its
    // amount back, and only the rest is owed in money. Nothing is owed for what was never paid (a refused
    // cash-on-delivery parcel).
    private OrderReturn RecordReturn(Order order, IReadOnlyList<(OrderLine Line, int Quantity)> returned, string? reason, DateTime now)
    {
        var lines = new List<OrderReturnLine>();
        foreach (var (line, quantity) in returned)
        {
            var gross = OrderClientFacts.ReturnedGross(line, line.ReturnedQuantity + quantity) - OrderClientFacts.ReturnedGross(line, line.ReturnedQuantity);
            line.ReturnedQuantity += quantity;
            lines.Add(new OrderReturnLine { OrderLineId = line.Id, Quantity = quantity, GrossMinor = gross });
        }

        var whole = order.Lines.All(l => l.ReturnedQuantity >= l.Quantity);
        var certificateRefund = whole && order.CertificateCode is not null ? order.CertificateAmountMinor : 0;
        var refund = order.IsPaid
            ? Math.Clamp(lines.Sum(l => l.GrossMinor) - certificateRefund, 0, order.PayableMinor - order.RefundDueMinor)
            : 0;
        if (refund > 0)
        {
            order.RefundDueMinor += refund;
            order.PaymentState = PaymentState.RefundDue;
        }

        return new OrderReturn
        {
            OrderId = order.Id,
            At = now,
            RecordedBy = currentUser.UserName,
            Reason = reason?.Trim(),
            RefundDueMinor = refund,
            CertificateRefundMinor = certificateRefund,
            Lines = lines,
        };
    }

    private async Task FollowUpAsync(Order order, OrderStatus from, IReadOnlyList<(OrderLine Line, int Quantity)> returned, OrderReturn? orderReturn, CancellationToken ct)
    {
        switch (order.Status)
        {
            case OrderStatus.Paid:
                await CertificateAsync(order, (code, reference) => certificates.CommitAsync(code, reference, ct));
                break;
            case OrderStatus.Shipped:
            case OrderStatus.Delivered when from == OrderStatus.Packed:
                foreach (var line in order.Lines)
                {
                    await Expect(reservations.CommitAsync(StockKey(order, line), ct), order, line);
                }

                await CertificateAsync(order, (code, reference) => certificates.CommitAsync(code, reference, ct));
                break;
            case OrderStatus.Cancelled:
                if (OrderTransitions.HoldsReservations(from))
                {
                    foreach (var line in order.Lines.Where(l => !l.OnBackorder))
                    {
                        await Expect(reservations.ReleaseAsync(StockKey(order, line), ct), order, line);
                    }
                }

                await CertificateAsync(order, order.IsPaid
                    ? (code, reference) => RefundOrReleaseAsync(code, reference, ct)
                    : (code, reference) => certificates.ReleaseAsync(code, reference, ct));
                break;
            case OrderStatus.Returned:
                foreach (var (line, quantity) in returned)
                {
                    var back = await stock.ReturnAsync(line.ProductId, line.WarehouseId!.Value, quantity, $"Return of {order.Number}", order.Number, ReturnStockKey(order, orderReturn!, line), ct);
                    if (!back.Succeeded)
                    {
                        logger.LogError("Returned units of {Order} line {Line} did not go back to stock: {Error}", order.Number, line.Position, back.Error!.Message);
                    }
                }

                if (order.Lines.All(l => l.ReturnedQuantity >= l.Quantity))
                {
                    await CertificateAsync(order, (code, reference) => certificates.RefundAsync(code, reference, ct));
                }

                break;
        }
    }

    // A paid order's card amount was spent, so it is refunded; a card that paid the whole order but whose hold
    // was not spent then (OrderService logs it) still holds the amount, which is released instead.
    private async Task<CertificateResult<Certificates.Domain.CertificateReservation>> RefundOrReleaseAsync(string code, string reference, CancellationToken ct)
    {
        var refunded = await certificates.RefundAsync(code, reference, ct);
        return refunded.Error?.Code == "wrong-state" ? await certificates.ReleaseAsync(code, reference, ct) : refunded;
    }

    private async Task Expect(Task<StockResult<Catalog.Domain.StockReservation>> call, Order order, OrderLine line)
    {
        var result = await call;
        if (!result.Succeeded && result.Error != StockError.NoReservation)
        {
            logger.LogError("Stock of {Order} line {Line} did not move: {Error}", order.Number, line.Position, result.Error!.Message);
        }
    }

    private async Task CertificateAsync(Order order, Func<string, string, Task<CertificateResult<Certificates.Domain.CertificateReservation>>> call)
    {
        if (order.CertificateCode is null || order.CertificateAmountMinor == 0)
        {
            return;
        }

        var result = await call(order.CertificateCode, order.Number);
        if (!result.Succeeded && result.Error!.Code != "wrong-state")
        {
            logger.LogError("Gift card of {Order} did not move: {Error}", order.Number, result.Error.Message);
        }
    }
}
