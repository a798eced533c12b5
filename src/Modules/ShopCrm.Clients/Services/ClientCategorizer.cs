using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Services;

// Puts every client in the categories the rules give them, in one UPDATE per flag that touches only the
// clients whose flag changes: after the Owner changes the rules, and daily as time makes clients "lost".
public static class ClientCategorizer
{
    public static async Task<int> ApplyAsync(ShopDbContext db, ClientCategoryRules rules, DateTime now, CancellationToken ct)
    {
        var vipTotal = rules.VipTotalMinor;
        var vipOrders = rules.VipCompletedOrders;
        var lostBefore = now.AddDays(-rules.LostAfterDays);
        var lousyParcels = rules.LousyRefusedParcels;
        var clients = db.Set<Client>();
        var changed = await clients.Where(c => c.IsVip != (c.TotalSpentMinor >= vipTotal || c.CompletedOrders >= vipOrders))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsVip, c => c.TotalSpentMinor >= vipTotal || c.CompletedOrders >= vipOrders), ct);
        changed += await clients.Where(c => c.IsLost != (c.CompletedOrders > 0 && c.LastOrderAt != null && c.LastOrderAt < lostBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsLost, c => c.CompletedOrders > 0 && c.LastOrderAt != null && c.LastOrderAt < lostBefore), ct);
        changed += await clients.Where(c => c.IsLousy != (c.RefusedParcels >= lousyParcels))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsLousy, c => c.RefusedParcels >= lousyParcels), ct);
        return changed;
    }
}
