using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Services;

// The daily check of the cached statistics: recomputes every client's numbers from the order facts in
// SQL, corrects and reports the clients that drifted (a bug or a hand edit), moves clients between
// categories as time passes, and scores every client's RFM quintiles.
public sealed class ClientStatisticsCheck(IDbContextFactory<ShopDbContext> contexts, ClientStatisticsWriter writer, TimeProvider time)
{
    private const int Examples = 10;

    public async Task<ClientStatisticsCheckResult> RunAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var drifted = await DriftQuery(db).OrderBy(d => d.ClientId).ToListAsync(ct);
        foreach (var drift in drifted)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await writer.RecomputeAsync(db, drift.ClientId, ct);
            await transaction.CommitAsync(ct);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var rules = await ClientStatisticsWriter.LoadRulesAsync(db, ct);
        var categoryChanges = await ClientCategorizer.ApplyAsync(db, rules, now, ct);
        await ScoreRfmAsync(db, ct);
        return new ClientStatisticsCheckResult(drifted.Count, drifted.Take(Examples).ToList(), categoryChanges);
    }

    // Clients whose cached numbers differ from what their facts add up to, a client without facts
    // counting as all zeros.
    private static IQueryable<ClientStatisticsDrift> DriftQuery(ShopDbContext db)
    {
        var facts =
            from fact in db.Set<ClientOrderFact>()
            group fact by fact.ClientId into orders
            select new
            {
                ClientId = orders.Key,
                Completed = orders.Sum(f => f.Outcome == ClientOrderOutcome.Completed ? 1 : 0),
                Total = orders.Sum(f => f.Outcome == ClientOrderOutcome.Completed ? f.TotalMinor : 0L),
                First = orders.Min(f => f.Outcome == ClientOrderOutcome.Completed ? (DateTime?)f.PlacedAt : null),
                Last = orders.Max(f => f.Outcome == ClientOrderOutcome.Completed ? (DateTime?)f.PlacedAt : null),
                Refused = orders.Sum(f => f.CashOnDelivery && (f.Outcome == ClientOrderOutcome.Refused || f.Outcome == ClientOrderOutcome.Returned) ? 1 : 0),
            };
        return
            from client in db.Set<Client>().AsNoTracking()
            join fact in facts on client.Id equals fact.ClientId into matched
            from fact in matched.DefaultIfEmpty()
            where client.CompletedOrders != ((int?)fact.Completed ?? 0)
                || client.TotalSpentMinor != ((long?)fact.Total ?? 0L)
                || client.RefusedParcels != ((int?)fact.Refused ?? 0)
                || client.FirstOrderAt != fact.First
                || client.LastOrderAt != fact.Last
            select new ClientStatisticsDrift
            {
                ClientId = client.Id,
                CachedOrders = client.CompletedOrders,
                CachedTotalMinor = client.TotalSpentMinor,
                FactOrders = (int?)fact.Completed ?? 0,
                FactTotalMinor = (long?)fact.Total ?? 0L,
            };
    }

    // Quintiles over the active clients who have bought something, by NTILE: 5 is the most recent, the
    // most frequent, the highest spending fifth. Clients who never completed an order score 0.
    internal static async Task ScoreRfmAsync(ShopDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE "Clients" SET "RfmRecency" = q."R", "RfmFrequency" = q."F", "RfmMonetary" = q."M"
            FROM (
                SELECT "Id",
                       NTILE(5) OVER (ORDER BY "LastOrderAt", "Id") AS "R",
                       NTILE(5) OVER (ORDER BY "CompletedOrders", "Id") AS "F",
                       NTILE(5) OVER (ORDER BY "TotalSpentMinor", "Id") AS "M"
                FROM "Clients"
                WHERE "CompletedOrders" > 0 AND "Status" = 'Active'
            ) AS q
            WHERE "Clients"."Id" = q."Id"
              AND ("Clients"."RfmRecency" <> q."R" OR "Clients"."RfmFrequency" <> q."F" OR "Clients"."RfmMonetary" <> q."M")
            """,
            ct);
        await db.Set<Client>().Where(c => (c.CompletedOrders == 0 || c.Status != ClientStatus.Active) && (c.RfmRecency != 0 || c.RfmFrequency != 0 || c.RfmMonetary != 0))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RfmRecency, 0).SetProperty(c => c.RfmFrequency, 0).SetProperty(c => c.RfmMonetary, 0), ct);
    }
}
