using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ShopCrm.Core.Security;

namespace ShopCrm.Core.Auditing;

// Captures changes before SaveChanges and turns them into audit rows. Keys of added rows are generated
// by the database, so entries are completed (Complete) after the first save, in the same transaction.
public sealed class AuditRecorder
{
    // Readable in the database too: Polish letters stay letters instead of \u0119 escapes.
    // Enums by name, so the log reads "Active", not 1, and stays readable when an enum gains members.
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private readonly List<(EntityEntry Entry, AuditEntry Audit)> captured = [];

    public bool HasPendingKeys { get; private set; }

    public static AuditRecorder Capture(DbContext context, ICurrentUser user, DateTime now)
    {
        var recorder = new AuditRecorder();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.Entity is IAudited))
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var changes = new Dictionary<string, object?[]>();
            foreach (var property in entry.Properties)
            {
                var isChange = entry.State switch
                {
                    EntityState.Added => property.CurrentValue is not null && !property.IsTemporary,
                    EntityState.Deleted => true,
                    _ => property.IsModified && !Equals(property.OriginalValue, property.CurrentValue),
                };
                if (isChange && !property.Metadata.IsConcurrencyToken)
                {
                    var masked = property.Metadata.PropertyInfo?.IsDefined(typeof(AuditMaskedAttribute), inherit: false) == true;
                    object? Shown(object? value) => masked && value is string text ? SecretText.LastFour(text) : value;
                    changes[property.Metadata.Name] = entry.State switch
                    {
                        EntityState.Added => [null, Shown(property.CurrentValue)],
                        EntityState.Deleted => [Shown(property.OriginalValue), null],
                        _ => [Shown(property.OriginalValue), Shown(property.CurrentValue)],
                    };
                }
            }

            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            recorder.HasPendingKeys |= entry.Properties.Any(p => p.Metadata.IsPrimaryKey() && p.IsTemporary);
            recorder.captured.Add((entry, new AuditEntry
            {
                At = now,
                UserId = user.UserId,
                UserName = user.UserName,
                EntityType = entry.Metadata.ClrType.Name,
                EntityKey = KeyOf(entry),
                Action = entry.State.ToString(),
                Changes = JsonSerializer.Serialize(changes, JsonOptions),
            }));
        }

        return recorder;
    }

    public IReadOnlyList<AuditEntry> Complete()
    {
        foreach (var (entry, audit) in captured)
        {
            audit.EntityKey = KeyOf(entry);
        }

        return captured.Select(c => c.Audit).ToList();
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
}
