using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
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

    // The facts and purchases go in with multi-row INSERTs and every client's numbers are recomputed in a
    // few set-based UPDATEs: per-order recording of 200,000 orders would recompute each client hundreds of times.
    public async Task RecordManyAsync(IReadOnlyList<ClientOrderRecord> orders, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var facts = orders.Select(o => new ClientOrderFact
        {
            OrderId = o.OrderId,
            ClientId = o.ClientId,
            OrderNumber = o.OrderNumber,
            Outcome = o.Outcome,
            TotalMinor = o.TotalMinor,
            PlacedAt = o.PlacedAt,
            CompletedAt = o.CompletedAt,
            CashOnDelivery = o.CashOnDelivery,
        }).ToList();
        await BulkInsert.InsertAsync(
            db,
            facts,
            ct,
            ("OrderId", f => f.OrderId),
            ("ClientId", f => f.ClientId),
            ("OrderNumber", f => f.OrderNumber),
            ("Outcome", f => f.Outcome.ToString()),
            ("TotalMinor", f => f.TotalMinor),
            ("PlacedAt", f => f.PlacedAt),
            ("CompletedAt", f => f.CompletedAt),
            ("CashOnDelivery", f => f.CashOnDelivery));
        var purchases = orders
            .Where(o => o.Outcome != ClientOrderOutcome.Cancelled)
            .SelectMany(o => o.Lines.Select(l => new ClientPurchase
            {
                ClientId = o.ClientId, OrderId = o.OrderId, ProductId = l.ProductId, Quantity = l.Quantity, GrossMinor = l.GrossMinor, PurchasedAt = o.PlacedAt,
            }))
            .ToList();
        await BulkInsert.InsertAsync(
            db,
            purchases,
            ct,
            ("ClientId", p => p.ClientId),
            ("OrderId", p => p.OrderId),
            ("ProductId", p => p.ProductId),
            ("Quantity", p => p.Quantity),
            ("GrossMinor", p => p.GrossMinor),
            ("PurchasedAt", p => p.PurchasedAt));
        await statistics.RecomputeAllAsync(db, ct);
        await transaction.CommitAsync(ct);
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
