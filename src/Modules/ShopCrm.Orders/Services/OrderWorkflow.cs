using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Contracts;

namespace ShopCrm.Orders.Services;

// Moves an order from status to status: checks the permission (OrderTransitions' one map), reserves stock
// for the steps that need it and saves the step the order itself makes. Reserving takes something from
// Catalog, so it runs before the save, can fail the step, and is given back if the save loses a race;
// everything that follows a committed step in other modules (selling or releasing stock, spending or
// refunding a gift card, the client's statistics, the e-shop's webhook) is a handler of the step's events.
public sealed class OrderWorkflow(
    IDbContextFactory<ShopDbContext> contexts,
    TimeProvider time,
    ICurrentUser currentUser,
    PermissionGuard guard,
    IStockReservations reservations)
{
    public static string StockKey(Order order, OrderLine line) => $"{order.Number}#{line.Position}";

    public static string ReturnStockKey(Order order, OrderReturn orderReturn, OrderLine line) => $"{order.Number}/R{orderReturn.Id}#{line.Position}";

    public Task<Result<int>> ChangeStatusAsync(OrderStatusRequest request, CancellationToken ct = default) =>
        ChangeStatusAsync(request, OrderTransitions.PermissionFor(request.To), ct);

    // A site order is confirmed (its stock reserved) as part of being placed from the e-shop, which is what
    // the site key's scope allows; every other step goes through the staff map above.
    internal Task<Result<int>> ConfirmSiteOrderAsync(long orderId, int version, CancellationToken ct) =>
        ChangeStatusAsync(new OrderStatusRequest(orderId, version, OrderStatus.Confirmed), OrderPermissions.SitePlace, ct);

    private async Task<Result<int>> ChangeStatusAsync(OrderStatusRequest request, string permission, CancellationToken ct)
    {
        if (!await guard.HasAsync(permission))
        {
            return Result<int>.Fail(new Error(ErrorCodes.Forbidden, $"You may not mark orders {OrderStatusText.Of(request.To)}: it needs the permission \"{guard.DescriptionOf(permission)}\"."));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Set<Order>().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == request.OrderId, ct);
        if (order is null)
        {
            return Result<int>.Fail(OrderError.NotFound);
        }

        if (order.Version != request.ExpectedVersion)
        {
            return Result<int>.Fail(OrderError.Conflict);
        }

        var from = order.Status;
        if (!OrderTransitions.IsAllowed(order, request.To))
        {
            return Result<int>.Fail(OrderError.NotAllowed(from, request.To));
        }

        if (await TakeStepAsync(db, order, request, ct) is { } refused)
        {
            return Result<int>.Fail(refused);
        }

        db.Entry(order).Property(o => o.Version).OriginalValue = request.ExpectedVersion;
        order.Version = request.ExpectedVersion + 1;
        db.Add(new OrderStatusChange { OrderId = order.Id, From = from, To = request.To, At = order.UpdatedAt, ChangedBy = currentUser.UserName, Note = request.Note?.Trim() });
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

            return Result<int>.Fail(OrderError.Conflict);
        }

        return Result<int>.Ok(order.Version);
    }

    // What a step needs besides the order's own method: the stock it must hold first, and the input it needs.
    private async Task<Error?> TakeStepAsync(ShopDbContext db, Order order, OrderStatusRequest request, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        switch (request.To)
        {
            case OrderStatus.Confirmed:
                if (await ReserveAsync(order, includeBackorders: false, ct) is { } notConfirmed)
                {
                    return notConfirmed;
                }

                order.Confirm(now, request.Note);
                return null;
            case OrderStatus.Paid:
                order.MarkPaid(now, request.Note);
                return null;
            case OrderStatus.Assembly:
                order.StartAssembly(now, request.Note);
                return null;
            case OrderStatus.Packed:
                order.Pack(now, request.Note);
                return null;
            case OrderStatus.Shipped:
                if (ParcelErrors(request) is { } parcel)
                {
                    return parcel;
                }

                if (await ReserveAsync(order, includeBackorders: true, ct) is { } notShipped)
                {
                    return notShipped;
                }

                order.Ship(request.Carrier!, request.TrackingNumber!, now, request.Note);
                return null;
            case OrderStatus.Delivered:
                if (order.Status == OrderStatus.Packed && await ReserveAsync(order, includeBackorders: true, ct) is { } notHandedOver)
                {
                    return notHandedOver;
                }

                order.Deliver(now, request.Note);
                return null;
            case OrderStatus.Cancelled:
                order.Cancel(now, request.Note);
                return null;
            case OrderStatus.Returned:
                var chosen = ChooseReturnedLines(order, request.ReturnedLines);
                if (chosen.Error is not null)
                {
                    return chosen.Error;
                }

                db.Add(order.Return(chosen.Lines, currentUser.UserName, request.Note, now));
                return null;
            default:
                return OrderError.NotAllowed(order.Status, request.To);
        }
    }

    private static Error? ParcelErrors(OrderStatusRequest request)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(request.Carrier))
        {
            errors[nameof(request.Carrier)] = "Choose the carrier.";
        }

        if (string.IsNullOrWhiteSpace(request.TrackingNumber))
        {
            errors[nameof(request.TrackingNumber)] = "Enter the parcel's tracking number.";
        }

        return errors.Count > 0 ? Error.Invalid(errors) : null;
    }

    // Reserves every line that has no reservation yet. A line without stock fails the step unless its
    // backorder is allowed and backorders are still acceptable (confirmation); at dispatch every unit must be there.
    private async Task<Error?> ReserveAsync(Order order, bool includeBackorders, CancellationToken ct)
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

        return new Error("no-stock", string.Join(" ", problems.Values), problems);
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

    private static (IReadOnlyList<(OrderLine Line, int Quantity)> Lines, Error? Error) ChooseReturnedLines(Order order, IReadOnlyList<ReturnedLine>? requested)
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

        return errors.Count > 0 ? ([], Error.Invalid(errors)) : (chosen, null);
    }
}
