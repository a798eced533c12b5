using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Services;

// The per-field memory of what the site sent and when staff last changed a field, which decides whether a
// site value is taken or waits for a person.
internal static class ClientSiteFieldRows
{
    // A staff edit of a field makes staff's value the newer one; one that now equals what the site sent
    // settles the difference.
    public static async Task NoteStaffChangesAsync(ShopDbContext db, Client client, Dictionary<ClientField, string?> before, DateTime now, CancellationToken ct)
    {
        var changed = ClientFields.All.Where(f => !f.SameValue(before[f], f.Read(client))).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var rows = await db.Set<ClientSiteField>().Where(f => f.ClientId == client.Id).ToDictionaryAsync(f => f.Field, ct);
        foreach (var field in changed)
        {
            var row = Row(db, rows, client.Id, field);
            row.StaffChangedAt = now;
            if (row.Pending && field.SameValue(row.SiteValue, field.Read(client)))
            {
                row.Pending = false;
                row.SiteTakenAt = now;
            }
        }
    }

    public static ClientSiteField Row(ShopDbContext db, Dictionary<string, ClientSiteField> rows, int clientId, ClientField field)
    {
        if (!rows.TryGetValue(field.Name, out var row))
        {
            row = new ClientSiteField { ClientId = clientId, Field = field.Name };
            rows[field.Name] = row;
            db.Add(row);
        }

        return row;
    }
}
