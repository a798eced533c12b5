using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Services;

public sealed class ClientOrderHistory(IDbContextFactory<ShopDbContext> contexts, ClientStatisticsWriter statistics) : IClientOrderHistory
{
    public async Task RecordAsync(ClientOrderRecord order, CancellationToken ct = default)
    {
        // Two calls for a new order at once: the loser's insert hits the primary key, and its retry
        // finds the row and replaces it like any later call.
        try
        {
            await TryRecordAsync(order, ct);
        }
        catch (DbUpdateException)
        {
            await TryRecordAsync(order, ct);
        }
    }

    private async Task TryRecordAsync(ClientOrderRecord order, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var fact = await db.Set<ClientOrderFact>().SingleOrDefaultAsync(f => f.OrderId == order.OrderId, ct);
        var previousClientId = fact?.ClientId;
        if (fact is null)
        {
            fact = new ClientOrderFact { OrderId = order.OrderId, OrderNumber = order.OrderNumber };
            db.Add(fact);
        }

        fact.ClientId = order.ClientId;
        fact.OrderNumber = order.OrderNumber;
        fact.Outcome = order.Outcome;
        fact.TotalMinor = order.TotalMinor;
        fact.PlacedAt = order.PlacedAt;
        fact.CompletedAt = order.CompletedAt;
        fact.CashOnDelivery = order.CashOnDelivery;

        await db.Set<ClientPurchase>().Where(p => p.OrderId == order.OrderId).ExecuteDeleteAsync(ct);
        if (order.Outcome != ClientOrderOutcome.Cancelled)
        {
            db.AddRange(order.Lines.Select(line => new ClientPurchase
            {
                ClientId = order.ClientId,
                OrderId = order.OrderId,
                ProductId = line.ProductId,
                Quantity = line.Quantity,
                GrossMinor = line.GrossMinor,
                PurchasedAt = order.PlacedAt,
            }));
        }

        await db.SaveChangesAsync(ct);
        await statistics.RecomputeAsync(db, order.ClientId, ct);
        if (previousClientId is { } moved && moved != order.ClientId)
        {
            await statistics.RecomputeAsync(db, moved, ct);
        }

        await transaction.CommitAsync(ct);
    }
}
