using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Time;

namespace ShopCrm.Clients.Services;

// A person's reminders in the top bar: only their own can be marked read, and only once.
public sealed class StaffNotifications(IDbContextFactory<ShopDbContext> contexts, ShopClock clock)
{
    public async Task MarkReadAsync(long id, string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        await db.Set<StaffNotification>().Where(n => n.Id == id && n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
