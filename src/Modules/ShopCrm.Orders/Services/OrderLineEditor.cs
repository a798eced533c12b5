using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Money;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Contracts;

namespace ShopCrm.Orders.Services;

// Changes the lines of an order that is new or confirmed and not paid. A kept line keeps the price it was
// sold at; an added line takes today's. Totals are priced again by OrderPricing with the order's discount
// and gift card as they were agreed (promotions are not offered again). A stock reservation is keyed by
// order number and line position and a key is never used twice, so a changed or added line gets a new
// position. On a confirmed order the new lines are checked against free stock before anything is saved,
// then the old holds are given back and the new ones taken: the old units count as free for the check.
public sealed class OrderLineEditor(
    IDbContextFactory<ShopDbContext> contexts,
    TimeProvider time,
    ICurrentUser currentUser,
    IStockReservations reservations,
    IStockAvailability availability,
    ILogger<OrderLineEditor> logger,
    PermissionGuard guard)
{
    public static bool CanChangeLines(Order order) =>
        order.Status is OrderStatus.New or OrderStatus.Confirmed && !order.IsPaid;

    // A change of lines is written to the order's timeline as a step from its status to the same status,
    // which no status change makes while lines may be changed (only returns repeat, later on).
    public static bool IsLineChange(OrderStatusChange change) =>
        change.From == change.To && change.To is OrderStatus.New or OrderStatus.Confirmed;

    public async Task<Result<int>> ChangeLinesAsync(long orderId, int expectedVersion, IReadOnlyList<OrderLineChange> changes, CancellationToken ct = default)
    {
        await guard.EnsureAsync(OrderPermissions.Edit);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Set<Order>().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return Result<int>.Fail(OrderError.NotFound);
        }

        if (order.Version != expectedVersion)
        {
            return Result<int>.Fail(OrderError.Conflict);
        }

        if (!CanChangeLines(order))
        {
            return Result<int>.Fail(new Error("lines-locked", "The lines can only be changed while the order is new or confirmed and not paid."));
        }

        if (await db.Set<OrderDocument>().AnyAsync(d => d.OrderId == orderId, ct))
        {
            return Result<int>.Fail(new Error("lines-locked", "A document was issued for this order, so its lines stay as they were printed. Cancel the order and take a new one instead."));
        }

        var productIds = changes.Where(c => c.LineId is null).Select(c => c.ProductId).Distinct().ToList();
        var products = await db.Set<Product>().AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var errors = Validate(order, changes, products);
        if (errors.Count > 0)
        {
            return Result<int>.Fail(Error.Invalid(errors));
        }

        var existing = order.Lines.ToDictionary(l => l.Id);
        var discountChanged = changes.Any(c => c.LineId is { } id ? c.LineDiscountMinor != existing[id].LineDiscountMinor : c.LineDiscountMinor > 0);
        if (discountChanged && !await guard.HasAsync(OrderPermissions.Discount))
        {
            return Result<int>.Fail(OrderError.DiscountNotAllowed);
        }

        var pricingLines = changes.Select(c => c.LineId is { } id
            ? new PricingLine(existing[id].UnitNetMinor, existing[id].VatRatePercent, c.Quantity, c.LineDiscountMinor, existing[id].UnitGrossMinor)
            : new PricingLine(products[c.ProductId].NetPriceMinor, products[c.ProductId].VatRatePercent, c.Quantity, c.LineDiscountMinor, products[c.ProductId].GrossPriceMinor)).ToList();
        var priced = OrderPricing.Calculate(pricingLines, order.PriceBasis, order.OrderDiscountMinor, order.CertificateAmountMinor, order.Currency);
        if (priced.CertificateAmountMinor < order.CertificateAmountMinor)
        {
            return Result<int>.Fail(Error.Invalid("Lines", $"The gift card already pays {new Money(order.CertificateAmountMinor, order.Currency).Format()}; the order cannot cost less than that."));
        }

        var before = Summary(order.Lines.OrderBy(l => l.Position));
        var reserved = order.Status == OrderStatus.Confirmed;
        var nextPosition = Math.Max(order.Lines.Count == 0 ? 0 : order.Lines.Max(l => l.Position), await HighestPositionEverAsync(order, ct)) + 1;
        var kept = new List<OrderLine>();
        var fresh = new Dictionary<OrderLine, int>();
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            var line = change.LineId is { } id ? existing[id] : null;
            if (line is not null && line.Quantity == change.Quantity && line.BackorderAllowed == change.BackorderAllowed)
            {
                kept.Add(line);
                Reprice(line, priced.Lines[i]);
                continue;
            }

            var product = products.GetValueOrDefault(change.ProductId);
            var added = new OrderLine
            {
                Position = nextPosition++,
                ProductId = line?.ProductId ?? product!.Id,
                Sku = line?.Sku ?? product!.Sku,
                Name = line?.Name ?? product!.Name,
                Quantity = change.Quantity,
                UnitNetMinor = pricingLines[i].UnitNetMinor,
                VatRatePercent = pricingLines[i].VatRatePercent,
                BackorderAllowed = change.BackorderAllowed,
            };
            Reprice(added, priced.Lines[i]);
            fresh.Add(added, i);
        }

        var dropped = order.Lines.Except(kept).ToList();
        if (reserved && await ShortageAsync(fresh, dropped, ct) is { } shortage)
        {
            return Result<int>.Fail(shortage);
        }

        foreach (var line in dropped)
        {
            order.Lines.Remove(line);
            db.Remove(line);
        }

        order.Lines.AddRange(fresh.Keys);
        OrderService.Apply(order, priced);
        var now = time.GetUtcNow().UtcDateTime;
        var after = Summary(order.Lines.OrderBy(l => l.Position));
        order.UpdatedAt = now;
        db.Entry(order).Property(o => o.Version).OriginalValue = expectedVersion;
        order.Version = expectedVersion + 1;
        db.Record(currentUser, now, nameof(Order), order.Id, nameof(Order.Lines), before, after);
        db.Add(new OrderStatusChange { OrderId = order.Id, From = order.Status, To = order.Status, At = now, ChangedBy = currentUser.UserName, Note = Shortened($"Lines changed: {after}") });
        db.AddEvent(new OrderLinesChanged(order.Id, order.Number, order.ClientId, now, after));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<int>.Fail(OrderError.Conflict);
        }

        if (reserved)
        {
            await MoveHoldsAsync(db, order, fresh.Keys, dropped, ct);
        }

        return Result<int>.Ok(order.Version);
    }

    private static Dictionary<string, string> Validate(Order order, IReadOnlyList<OrderLineChange> changes, IReadOnlyDictionary<int, Product> products)
    {
        var errors = new Dictionary<string, string>();
        if (changes.Count == 0)
        {
            errors["Lines"] = "An order needs at least one model. Cancel the order instead.";
        }

        var lineIds = order.Lines.ToDictionary(l => l.Id);
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            if (change.Quantity <= 0)
            {
                errors[$"Lines[{i}].Quantity"] = "The quantity must be a whole number greater than zero.";
            }

            long unitPrice;
            if (change.LineId is { } id)
            {
                if (!lineIds.TryGetValue(id, out var line) || changes.Count(c => c.LineId == id) > 1)
                {
                    errors[$"Lines[{i}].ProductId"] = "This line is not part of the order.";
                    continue;
                }

                unitPrice = order.PriceBasis == PriceBasis.Gross ? line.UnitGrossMinor : line.UnitNetMinor;
            }
            else if (!products.TryGetValue(change.ProductId, out var product) || product.Status is ProductStatus.Archived || product.MergedIntoId is not null)
            {
                errors[$"Lines[{i}].ProductId"] = "This model does not exist or is no longer sold.";
                continue;
            }
            else
            {
                unitPrice = OrderService.UnitPriceOf(product, order.PriceBasis);
            }

            if (change.LineDiscountMinor < 0 || change.LineDiscountMinor > unitPrice * Math.Max(change.Quantity, 0))
            {
                errors[$"Lines[{i}].LineDiscountMinor"] = "A discount cannot be negative or larger than the line.";
            }
        }

        return errors;
    }

    // Reservation keys of removed lines stay in the stock ledger, so their positions are never given out again.
    private async Task<int> HighestPositionEverAsync(Order order, CancellationToken ct)
    {
        var prefix = order.Number + "#";
        var keys = await reservations.KeysStartingWithAsync(prefix, ct);
        return keys.Select(k => int.TryParse(k[prefix.Length..], out var p) ? p : 0).DefaultIfEmpty(0).Max();
    }

    // Free stock per model over all warehouses, counting the units the dropped lines hold as free.
    private async Task<Error?> ShortageAsync(IReadOnlyDictionary<OrderLine, int> fresh, IReadOnlyList<OrderLine> dropped, CancellationToken ct)
    {
        var needed = fresh.Keys.Where(l => !l.BackorderAllowed).Select(l => l.ProductId).Distinct().ToList();
        if (needed.Count == 0)
        {
            return null;
        }

        var free = await availability.FreeByModelAsync(needed, ct);
        var problems = new Dictionary<string, string>();
        foreach (var group in fresh.Keys.Where(l => !l.BackorderAllowed).GroupBy(l => l.ProductId))
        {
            var held = dropped.Where(l => l.ProductId == group.Key && l.WarehouseId is not null && !l.OnBackorder).Sum(l => l.Quantity);
            var wanted = group.Sum(l => l.Quantity);
            if (free.GetValueOrDefault(group.Key) + held < wanted)
            {
                var line = group.First();
                problems[$"Lines[{fresh[line]}].Quantity"] = $"{line.Sku} {line.Name}: not enough stock for {wanted} {(wanted == 1 ? "unit" : "units")}. Allow a backorder for this line or change the quantity.";
            }
        }

        return problems.Count == 0 ? null : new Error("no-stock", string.Join(" ", problems.Values), problems);
    }

    // After the save: the old holds go back first, so that the new lines can take the same units. A line that
    // still finds no stock (someone took it in between) waits on backorder and is reserved again at dispatch.
    private async Task MoveHoldsAsync(ShopDbContext db, Order order, IEnumerable<OrderLine> fresh, IReadOnlyList<OrderLine> dropped, CancellationToken ct)
    {
        foreach (var line in dropped.Where(l => l.WarehouseId is not null && !l.OnBackorder))
        {
            var released = await reservations.ReleaseAsync(OrderWorkflow.StockKey(order, line), ct);
            if (!released.Succeeded)
            {
                logger.LogError("Stock of {Order} line {Line} was not given back: {Error}", order.Number, line.Position, released.Error!.Message);
            }
        }

        foreach (var line in fresh)
        {
            var result = await reservations.ReserveAsync(OrderWorkflow.StockKey(order, line), line.ProductId, line.Quantity, null, ct);
            if (result.Succeeded)
            {
                line.WarehouseId = result.Value!.WarehouseId;
            }
            else
            {
                line.OnBackorder = true;
                logger.LogWarning("Changed line {Line} of {Order} found no stock and waits on backorder: {Error}", line.Position, order.Number, result.Error!.Message);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static void Reprice(OrderLine line, PricedLine priced)
    {
        line.UnitGrossMinor = priced.UnitGrossMinor;
        line.LineDiscountMinor = priced.LineDiscountMinor;
        line.OrderDiscountShareMinor = priced.OrderDiscountShareMinor;
        line.NetMinor = priced.NetMinor;
        line.VatMinor = priced.VatMinor;
        line.GrossMinor = priced.GrossMinor;
    }

    private static string Summary(IEnumerable<OrderLine> lines) =>
        string.Join(", ", lines.Select(l => $"{l.Sku} × {l.Quantity}"));

    private static string Shortened(string note) => note.Length <= 1000 ? note : note[..997] + "...";
}
