using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Services.Duplicates;

// Likely pairs of one person recorded twice. Each rule is one grouped query (GROUP BY the normalized
// value HAVING more than one client) over indexed columns, so only the few shared values come back,
// however many clients there are; the pairs are built from those.
public sealed class ClientDuplicateFinder(IDbContextFactory<ShopDbContext> contexts, ICurrentUser user, TimeProvider time, PermissionGuard guard)
{
    // A page of work for a person; more pairs show up as these are merged or dismissed.
    public const int MaxPairs = 200;

    public async Task<IReadOnlyList<ClientDuplicatePair>> FindAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var active = db.Set<Client>().Where(c => c.Status == ClientStatus.Active);
        var emails = active.Where(c => c.NormalizedEmail != null).Select(c => new SharedValue { ClientId = c.Id, Value = c.NormalizedEmail! })
            .Concat(db.Set<ClientContact>().Where(k => k.Kind == ContactKind.Email && active.Any(c => c.Id == k.ClientId))
                .Select(k => new SharedValue { ClientId = k.ClientId, Value = k.NormalizedValue }));
        var phones = active.Where(c => c.NormalizedPhone != null).Select(c => new SharedValue { ClientId = c.Id, Value = c.NormalizedPhone! })
            .Concat(db.Set<ClientContact>().Where(k => k.Kind == ContactKind.Phone && active.Any(c => c.Id == k.ClientId))
                .Select(k => new SharedValue { ClientId = k.ClientId, Value = k.NormalizedValue }));
        var byPostalCode = active.Where(c => c.NormalizedName != "" && c.PostalCode != null)
            .Select(c => new SharedValue { ClientId = c.Id, Value = c.NormalizedName + " · " + c.PostalCode });
        var byStreet = active.Where(c => c.NormalizedName != "" && c.Street != null)
            .Select(c => new SharedValue { ClientId = c.Id, Value = c.NormalizedName + " · " + c.Street!.ToLower() });

        var found = new Dictionary<(int, int), (List<ClientDuplicateReason> Reasons, List<string> Details)>();
        await CollectAsync(emails, ClientDuplicateReason.SameEmail, found, ct);
        await CollectAsync(phones, ClientDuplicateReason.SamePhone, found, ct);
        await CollectAsync(byPostalCode, ClientDuplicateReason.SameNameAndPostalCode, found, ct);
        await CollectAsync(byStreet, ClientDuplicateReason.SameNameAndStreet, found, ct);
        if (found.Count == 0)
        {
            return [];
        }

        var ids = found.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().ToList();
        var dismissed = (await db.Set<ClientDuplicateDismissal>().AsNoTracking().Where(d => ids.Contains(d.ClientId))
            .Select(d => new { d.ClientId, d.OtherClientId }).ToListAsync(ct)).Select(d => (d.ClientId, d.OtherClientId)).ToHashSet();
        var names = await db.Set<Client>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DisplayName, ct);
        return found
            .Where(p => !dismissed.Contains(p.Key))
            .OrderBy(p => p.Value.Reasons.Min())
            .ThenBy(p => p.Key.Item1)
            .ThenBy(p => p.Key.Item2)
            .Take(MaxPairs)
            .Select(p => new ClientDuplicatePair(
                p.Key.Item1, names.GetValueOrDefault(p.Key.Item1, ""), p.Key.Item2, names.GetValueOrDefault(p.Key.Item2, ""),
                p.Value.Reasons, string.Join("; ", p.Value.Details)))
            .ToList();
    }

    public async Task DismissAsync(int clientId, int otherClientId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Merge);
        var (first, second) = clientId < otherClientId ? (clientId, otherClientId) : (otherClientId, clientId);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Set<ClientDuplicateDismissal>().AnyAsync(d => d.ClientId == first && d.OtherClientId == second, ct))
        {
            return;
        }

        db.Add(new ClientDuplicateDismissal { ClientId = first, OtherClientId = second, DismissedAt = time.GetUtcNow().UtcDateTime, DismissedBy = user.UserName });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Dismissed by someone else a moment ago: the pair is gone either way.
        }
    }

    private static async Task CollectAsync(
        IQueryable<SharedValue> values,
        ClientDuplicateReason reason,
        Dictionary<(int, int), (List<ClientDuplicateReason> Reasons, List<string> Details)> found,
        CancellationToken ct)
    {
        var shared = values.GroupBy(v => v.Value).Where(g => g.Count() > 1).Select(g => g.Key);
        var rows = await values.Where(v => shared.Contains(v.Value)).Distinct().Take(MaxPairs * 10).ToListAsync(ct);
        foreach (var group in rows.GroupBy(r => r.Value))
        {
            var clients = group.Select(r => r.ClientId).Distinct().Order().ToList();
            for (var i = 0; i < clients.Count; i++)
            {
                for (var j = i + 1; j < clients.Count; j++)
                {
                    var key = (clients[i], clients[j]);
                    if (!found.TryGetValue(key, out var entry))
                    {
                        entry = ([], []);
                        found[key] = entry;
                    }

                    if (!entry.Reasons.Contains(reason))
                    {
                        entry.Reasons.Add(reason);
                        entry.Details.Add(group.Key);
                    }
                }
            }
        }
    }
}
