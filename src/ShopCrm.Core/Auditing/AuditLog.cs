using System.Text.Json;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Auditing;

// For changes made by conditional updates (ExecuteUpdate), which the change tracker never sees:
// the service records them itself, in the same transaction.
public static class AuditLog
{
    public static void Record(this ShopDbContext db, ICurrentUser user, DateTime now, string entityType, object key, string property, object? before, object? after)
    {
        if (Equals(before, after))
        {
            return;
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserId = user.UserId,
            UserName = user.UserName,
            EntityType = entityType,
            EntityKey = Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture)!,
            Action = "Modified",
            Changes = JsonSerializer.Serialize(new Dictionary<string, object?[]> { [property] = [before, after] }, AuditRecorder.JsonOptions),
        });
    }
}
