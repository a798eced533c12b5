using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Services;

// The site values that wait for a person (staff changed the field after the site last sent it) and that
// person's decision on each.
public sealed class ClientSiteDecisions(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user)
{
    // What the card shows for a person to decide: site values kept out because staff changed the field
    // after the site last sent it.
    public async Task<IReadOnlyList<ClientSiteDifference>> SiteDifferencesAsync(int clientId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var client = await db.Set<Client>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null)
        {
            return [];
        }

        var pending = await db.Set<ClientSiteField>().AsNoTracking().Where(f => f.ClientId == clientId && f.Pending).ToListAsync(ct);
        return ClientFields.All
            .Join(pending, f => f.Name, p => p.Field, (f, p) => new ClientSiteDifference(f.Name, f.Label, f.Read(client), p.SiteValue, p.SiteSentAt ?? client.UpdatedAt))
            .ToList();
    }

    // Accepting takes the site's value into the client; dismissing keeps staff's and remembers the site's
    // value, so that the site sending it again does not bring the difference back. Both are audited.
    public Task<ClientSaveResult> AcceptSiteValueAsync(int clientId, string field, CancellationToken ct = default) =>
        DecideSiteValueAsync(clientId, field, accept: true, ct);

    public Task<ClientSaveResult> DismissSiteValueAsync(int clientId, string field, CancellationToken ct = default) =>
        DecideSiteValueAsync(clientId, field, accept: false, ct);

    private async Task<ClientSaveResult> DecideSiteValueAsync(int clientId, string fieldName, bool accept, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var client = await db.Set<Client>().SingleOrDefaultAsync(c => c.Id == clientId && c.Status == ClientStatus.Active, ct);
        var row = await db.Set<ClientSiteField>().SingleOrDefaultAsync(f => f.ClientId == clientId && f.Field == fieldName && f.Pending, ct);
        if (client is null || row is null || ClientFields.Named(fieldName) is not { } field)
        {
            return ClientSaveResult.Failed("Field", "There is no difference to decide here any more. Reload the client.");
        }

        var staffValue = field.Read(client);
        var now = time.GetUtcNow().UtcDateTime;
        if (accept)
        {
            if (field == ClientFields.Email && ContactNormalizer.Email(row.SiteValue) is { } email
                && await ClientService.FindActiveByEmailAsync(db, email, ct) is { } other && other.Id != clientId)
            {
                return ClientService.EmailClash(other);
            }

            field.Write(client, row.SiteValue);
            ClientService.SetName(client);
            row.SiteTakenAt = now;
            row.DismissedValue = null;
            client.UpdatedAt = now;
            client.Version++;
        }
        else
        {
            row.DismissedValue = row.SiteValue;
        }

        row.Pending = false;
        db.Record(user, now, nameof(Client), clientId, $"SiteDifference.{field.Name}", $"staff: {staffValue}; site: {row.SiteValue}", accept ? "site value accepted" : "staff value kept");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ClientService.Conflict;
        }

        return ClientSaveResult.Saved(clientId);
    }
}
