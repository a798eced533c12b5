using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Services;

// Recomputes one client's cached statistics and categories from its order facts, inside the caller's
// transaction. A plain UPDATE of derived columns: it leaves Version alone, so a manager editing the card
// at the same moment is not told someone else changed the client.
public sealed class ClientStatisticsWriter(TimeProvider time)
{
    public async Task<ClientStatistics> RecomputeAsync(ShopDbContext db, int clientId, CancellationToken ct)
    {
        var facts = await db.Set<ClientOrderFact>().AsNoTracking().Where(f => f.ClientId == clientId).ToListAsync(ct);
        var statistics = ClientStatistics.From(facts);
        var rules = await LoadRulesAsync(db, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var vip = statistics.IsVip(rules);
        var lost = statistics.IsLost(rules, now);
        var lousy = statistics.IsLousy(rules);
        await db.Set<Client>().Where(c => c.Id == clientId).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.CompletedOrders, statistics.CompletedOrders)
                .SetProperty(c => c.TotalSpentMinor, statistics.TotalSpentMinor)
                .SetProperty(c => c.AverageCheckMinor, statistics.AverageCheckMinor)
                .SetProperty(c => c.FirstOrderAt, statistics.FirstOrderAt)
                .SetProperty(c => c.LastOrderAt, statistics.LastOrderAt)
                .SetProperty(c => c.RefusedParcels, statistics.RefusedParcels)
                .SetProperty(c => c.IsVip, vip)
                .SetProperty(c => c.IsLost, lost)
                .SetProperty(c => c.IsLousy, lousy),
            ct);
        return statistics;
    }

    // Every client at once, the same numbers as RecomputeAsync gives one by one (the average rounded half
    // up, as amounts are never negative), then the categories and the RFM scores.
    public async Task RecomputeAllAsync(ShopDbContext db, CancellationToken ct)
    {
        var facts = db.Set<ClientOrderFact>();
        var completed = facts.Where(f => f.Outcome == ClientOrderOutcome.Completed);
        await db.Set<Client>().Where(c => facts.Any(f => f.ClientId == c.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.CompletedOrders, c => completed.Count(f => f.ClientId == c.Id))
                .SetProperty(c => c.TotalSpentMinor, c => completed.Where(f => f.ClientId == c.Id).Sum(f => f.TotalMinor))
                .SetProperty(c => c.FirstOrderAt, c => completed.Where(f => f.ClientId == c.Id).Min(f => (DateTime?)f.PlacedAt))
                .SetProperty(c => c.LastOrderAt, c => completed.Where(f => f.ClientId == c.Id).Max(f => (DateTime?)f.PlacedAt))
                .SetProperty(
                    c => c.RefusedParcels,
                    c => facts.Count(f => f.ClientId == c.Id && f.CashOnDelivery && (f.Outcome == ClientOrderOutcome.Refused || f.Outcome == ClientOrderOutcome.Returned))),
            ct);
        await db.Set<Client>().ExecuteUpdateAsync(
            s => s.SetProperty(c => c.AverageCheckMinor, c => c.CompletedOrders == 0 ? 0 : (2 * c.TotalSpentMinor + c.CompletedOrders) / (2 * c.CompletedOrders)),
            ct);
        await ClientCategorizer.ApplyAsync(db, await LoadRulesAsync(db, ct), time.GetUtcNow().UtcDateTime, ct);
        await ClientStatisticsCheck.ScoreRfmAsync(db, ct);
    }

    // The defaults stand until the Owner saves the rules for the first time.
    public static async Task<ClientCategoryRules> LoadRulesAsync(ShopDbContext db, CancellationToken ct) =>
        await db.Set<ClientCategoryRules>().AsNoTracking().SingleOrDefaultAsync(ct) ?? new ClientCategoryRules();
}
