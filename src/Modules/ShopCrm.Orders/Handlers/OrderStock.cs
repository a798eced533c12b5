using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Core.Results;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Services;

namespace ShopCrm.Orders.Handlers;

// What a committed step means for Catalog's stock once the order is saved: a dispatched or handed-over order's
// reservations are sold, a cancelled one's go back, returned units go back on the shelf. Every call is keyed
// (a line's reservation, a return's line), so running it again moves nothing twice. Reserving is not here:
// it can refuse the step, so OrderWorkflow does it before the save.
public sealed class OrderStock(
    IDbContextFactory<ShopDbContext> contexts,
    IStockReservations reservations,
    IStockReturns stock,
    ILogger<OrderStock> logger) :
    IDomainEventHandler<OrderDispatched>,
    IDomainEventHandler<OrderDelivered>,
    IDomainEventHandler<OrderCancelled>,
    IDomainEventHandler<OrderReturned>
{
    public Task HandleAsync(OrderDispatched domainEvent, CancellationToken ct) => SellAsync(domainEvent.OrderId, ct);

    // A parcel that was shipped is sold already (the repeated sale answers as the first); a store pickup is sold here.
    public Task HandleAsync(OrderDelivered domainEvent, CancellationToken ct) => SellAsync(domainEvent.OrderId, ct);

    // A line on backorder or never confirmed holds nothing, which the release answers with NoReservation.
    public async Task HandleAsync(OrderCancelled domainEvent, CancellationToken ct)
    {
        var order = await LoadAsync(domainEvent.OrderId, ct);
        foreach (var line in order.Lines)
        {
            Expect(await reservations.ReleaseAsync(OrderWorkflow.StockKey(order, line), ct), order, line);
        }
    }

    // Every return of the order so far: the ones already on the shelf answer as before and add nothing.
    public async Task HandleAsync(OrderReturned domainEvent, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == domainEvent.OrderId, ct);
        var returns = await db.Set<OrderReturn>().AsNoTracking().Include(r => r.Lines).Where(r => r.OrderId == order.Id).OrderBy(r => r.Id).ToListAsync(ct);
        foreach (var orderReturn in returns)
        {
            foreach (var returned in orderReturn.Lines)
            {
                var line = order.Lines.Single(l => l.Id == returned.OrderLineId);
                var back = await stock.ReturnAsync(line.ProductId, line.WarehouseId!.Value, returned.Quantity, $"Return of {order.Number}", order.Number, OrderWorkflow.ReturnStockKey(order, orderReturn, line), ct);
                if (!back.Succeeded)
                {
                    logger.LogError("Returned units of {Order} line {Line} did not go back to stock: {Error}", order.Number, line.Position, back.Error!.Message);
                }
            }
        }
    }

    private async Task SellAsync(long orderId, CancellationToken ct)
    {
        var order = await LoadAsync(orderId, ct);
        foreach (var line in order.Lines)
        {
            Expect(await reservations.CommitAsync(OrderWorkflow.StockKey(order, line), ct), order, line);
        }
    }

    private async Task<Order> LoadAsync(long orderId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId, ct);
    }

    // A refusal is a fact about the stock (a reservation someone released by hand), not a passing failure:
    // retrying would not change it, so it is logged for a person instead of retried.
    private void Expect(Result<Catalog.Domain.StockReservation> result, Order order, OrderLine line)
    {
        if (!result.Succeeded && result.Error != StockError.NoReservation)
        {
            logger.LogError("Stock of {Order} line {Line} did not move: {Error}", order.Number, line.Position, result.Error!.Message);
        }
    }
}
