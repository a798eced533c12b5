using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Services;

// Creating clients by hand and from the site. Every contact is stored normalized next to what was typed,
// so uniqueness and matching never depend on how someone wrote an address or a number.
public sealed class ClientService(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user, PermissionGuard guard) : IClientDirectory
{
    public async Task<ClientSaveResult> CreateAsync(ClientDraft draft, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Edit);
        if (ClientDraftRules.Check(draft, requireName: true, Now) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var email = ContactNormalizer.Email(draft.Email);
        if (email is not null && await FindActiveByEmailAsync(db, email, ct) is { } existing)
        {
            return EmailClash(existing);
        }

        var client = NewClient(draft);
        try
        {
            await InsertAsync(db, client, draft, ct);
        }
        catch (DbUpdateException) when (email is not null)
        {
            // Someone saved the same e-mail between the check and the insert.
            await using var again = await contexts.CreateDbContextAsync(ct);
            if (await FindActiveByEmailAsync(again, email, ct) is { } winner)
            {
                return EmailClash(winner);
            }

            throw;
        }

        return ClientSaveResult.Saved(client.Id);
    }

    public async Task<ClientSaveResult> EnsureAsync(ClientDraft draft, CancellationToken ct = default)
    {
        if (ClientDraftRules.CheckForSite(draft, Now) is { } invalid)
        {
            return invalid;
        }

        // Two registrations of one new customer at once: the loser's insert or update fails on a unique
        // index or the Version, and its second attempt finds and updates the winner's record.
        try
        {
            return await TryEnsureAsync(draft, ct);
        }
        catch (DbUpdateException)
        {
            return await TryEnsureAsync(draft, ct);
        }
    }

    public const string ConflictField = "Version";

    // expectedVersion is the Version of the client as the person opened it: a second editor gets a
    // conflict instead of overwriting the first one's changes.
    public async Task<ClientSaveResult> UpdateAsync(int id, int expectedVersion, ClientDraft draft, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Edit);
        if (ClientDraftRules.Check(draft, requireName: true, Now) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var client = await db.Set<Client>().SingleOrDefaultAsync(c => c.Id == id && c.Status == ClientStatus.Active, ct);
        if (client is null)
        {
            return ClientSaveResult.Failed("Client", "This client no longer exists.");
        }

        if (client.Version != expectedVersion)
        {
            return Conflict;
        }

        var email = ContactNormalizer.Email(draft.Email);
        if (email is not null && email != client.NormalizedEmail && await FindActiveByEmailAsync(db, email, ct) is { } other)
        {
            return EmailClash(other);
        }

        var before = ClientFields.All.ToDictionary(f => f, f => f.Read(client));
        client.Kind = draft.Kind;
        client.FirstName = Clean(draft.FirstName);
        client.LastName = Clean(draft.LastName);
        client.CompanyName = Clean(draft.CompanyName);
        client.VatId = Clean(draft.VatId);
        client.Email = Clean(draft.Email);
        client.NormalizedEmail = email;
        client.Phone = ContactNormalizer.Phone(draft.Phone);
        client.NormalizedPhone = client.Phone;
        client.BirthDate = draft.BirthDate;
        client.BirthMonth = draft.BirthDate?.Month;
        client.Channel = draft.Channel;
        SetName(client);
        SetAddress(client, draft);
        await ClientSiteFieldRows.NoteStaffChangesAsync(db, client, before, Now, ct);
        client.UpdatedAt = Now;
        client.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict;
        }
        catch (DbUpdateException) when (email is not null)
        {
            await using var again = await contexts.CreateDbContextAsync(ct);
            return await FindActiveByEmailAsync(again, email, ct) is { } winner ? EmailClash(winner) : throw new InvalidOperationException("The client could not be saved.");
        }

        return ClientSaveResult.Saved(client.Id);
    }

    // Consent changes whatever the Version: it is the client's own wish and must never be lost to a
    // concurrent edit of their address. The history row says who recorded it and how.
    public async Task ChangeConsentAsync(int clientId, bool given, ConsentSource source, string? note, CancellationToken ct = default)
    {
        await guard.EnsureAnyAsync(ClientPermissions.Edit, ClientPermissions.SiteRegister);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = Now;
        var changed = await db.Set<Client>().Where(c => c.Id == clientId && c.MarketingConsent != given)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.MarketingConsent, given).SetProperty(c => c.UpdatedAt, now), ct);
        if (changed == 0)
        {
            return;
        }

        db.Record(user, now, nameof(Client), clientId, nameof(Client.MarketingConsent), !given, given);
        db.Add(new ClientConsentChange { ClientId = clientId, Given = given, At = now, Source = source, RecordedBy = user.UserName, Note = Clean(note) });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    // The active client the e-shop means by its customer id or, failing that, the e-mail.
    public async Task<int?> FindForSiteAsync(string? siteCustomerId, string? email, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var client = await MatchAsync(db, new ClientDraft { SiteCustomerId = siteCustomerId, Email = email }, ct);
        return client?.Id;
    }

    internal static ClientSaveResult Conflict =>
        ClientSaveResult.Failed(ConflictField, "Someone else changed this client while you were editing. Reload to see their changes, then edit again.");

    private async Task<ClientSaveResult> TryEnsureAsync(ClientDraft draft, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var client = await MatchAsync(db, draft, ct);
        if (client is null)
        {
            client = NewClient(draft);
            await InsertAsync(db, client, draft, ct, SiteSends(draft, client.Kind));
            return ClientSaveResult.Saved(client.Id);
        }

        await UpdateFromSiteAsync(db, client, draft, ct);

        // Only a change of the client itself counts as an edit: what the site sent (ClientSiteField) is
        // recorded without making a staff member's open card stale.
        db.ChangeTracker.DetectChanges();
        if (db.Entry(client).State == EntityState.Modified)
        {
            client.UpdatedAt = Now;
            client.Version++;
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }

        return ClientSaveResult.Saved(client.Id);
    }

    private async Task InsertAsync(ShopDbContext db, Client client, ClientDraft draft, CancellationToken ct, IReadOnlyList<(ClientField Field, string Value)>? siteSent = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(client);
        await db.SaveChangesAsync(ct);
        AddConsentChange(db, client, draft);
        foreach (var (field, value) in siteSent ?? [])
        {
            db.Add(new ClientSiteField { ClientId = client.Id, Field = field.Name, SiteValue = field.Stored(value), SiteSentAt = Now, SiteTakenAt = Now });
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<Client?> MatchAsync(ShopDbContext db, ClientDraft draft, CancellationToken ct)
    {
        var siteId = draft.SiteCustomerId?.Trim();
        if (!string.IsNullOrEmpty(siteId))
        {
            var bySiteId = await db.Set<Client>().SingleOrDefaultAsync(c => c.SiteCustomerId == siteId, ct);

            // A merged record's site id still leads to the client it was merged into.
            while (bySiteId is { Status: ClientStatus.Merged, MergedIntoId: { } target })
            {
                bySiteId = await db.Set<Client>().SingleOrDefaultAsync(c => c.Id == target, ct);
            }

            if (bySiteId is { Status: ClientStatus.Active })
            {
                return bySiteId;
            }
        }

        // Never by phone: two accounts of one household share a number, and matching by it once made a
        // son's registration overwrite his mother's name and e-mail.
        return ContactNormalizer.Email(draft.Email) is { } email ? await FindActiveByEmailAsync(db, email, ct) : null;
    }

    // The site's value of a field is taken unless staff changed that field after the site's value was last
    // taken: then staff's value stays and the site's waits on the card for a person (ClientSiteField).
    // An e-mail that belongs to another active client is not taken over.
    private async Task UpdateFromSiteAsync(ShopDbContext db, Client client, ClientDraft draft, CancellationToken ct)
    {
        var siteId = draft.SiteCustomerId?.Trim();
        if (!string.IsNullOrEmpty(siteId) && client.SiteCustomerId is null
            && !await db.Set<Client>().AnyAsync(c => c.SiteCustomerId == siteId, ct))
        {
            client.SiteCustomerId = siteId;
        }

        var rows = await db.Set<ClientSiteField>().Where(f => f.ClientId == client.Id).ToDictionaryAsync(f => f.Field, ct);
        var now = Now;
        foreach (var (field, value) in SiteSends(draft, client.Kind))
        {
            if (field == ClientFields.Email && ContactNormalizer.Email(value) is { } email && email != client.NormalizedEmail
                && await FindActiveByEmailAsync(db, email, ct) is not null)
            {
                continue;
            }

            var row = ClientSiteFieldRows.Row(db, rows, client.Id, field);
            var sent = field.Stored(value);
            row.SiteValue = sent;
            row.SiteSentAt = now;
            var staffIsNewer = row.StaffChangedAt is { } staff && (row.SiteTakenAt is not { } taken || staff > taken);
            var agrees = field.SameValue(sent, field.Read(client));
            if (agrees || !staffIsNewer)
            {
                if (!agrees)
                {
                    field.Write(client, sent);
                }

                row.SiteTakenAt = now;
                row.Pending = false;
                row.DismissedValue = null;
            }
            else
            {
                row.Pending = !field.SameValue(sent, row.DismissedValue);
            }
        }

        SetName(client);
        if (draft.MarketingConsent is { } consent && consent != client.MarketingConsent)
        {
            AddConsentChange(db, client, draft);
        }
    }

    // The fields a site call states; what it leaves out stays as it is. Names only for a person (a
    // company's are its contact's), the address only whole.
    private static List<(ClientField Field, string Value)> SiteSends(ClientDraft draft, ClientKind kind)
    {
        var sent = new List<(ClientField, string?)> { (ClientFields.Email, draft.Email), (ClientFields.Phone, draft.Phone) };
        if (kind == ClientKind.Person)
        {
            sent.Add((ClientFields.FirstName, draft.FirstName));
            sent.Add((ClientFields.LastName, draft.LastName));
        }

        sent.Add((ClientFields.CompanyName, draft.CompanyName));
        sent.Add((ClientFields.VatId, draft.VatId));
        if (Clean(draft.Street) is not null && Clean(draft.PostalCode) is not null && Clean(draft.City) is not null)
        {
            sent.Add((ClientFields.Street, draft.Street));
            sent.Add((ClientFields.PostalCode, draft.PostalCode));
            sent.Add((ClientFields.City, draft.City));
            sent.Add((ClientFields.Country, string.IsNullOrWhiteSpace(draft.Country) ? "PL" : draft.Country));
        }

        sent.Add((ClientFields.BirthDate, ClientFields.Date(draft.BirthDate)));
        return sent.Where(s => s.Item1.Stored(s.Item2) is not null).Select(s => (s.Item1, s.Item2!)).ToList();
    }

    private Client NewClient(ClientDraft draft)
    {
        var now = Now;
        var client = new Client
        {
            Kind = draft.Kind,
            FirstName = Clean(draft.FirstName),
            LastName = Clean(draft.LastName),
            CompanyName = Clean(draft.CompanyName),
            VatId = Clean(draft.VatId),
            Email = Clean(draft.Email),
            NormalizedEmail = ContactNormalizer.Email(draft.Email),
            Phone = ContactNormalizer.Phone(draft.Phone),
            NormalizedPhone = ContactNormalizer.Phone(draft.Phone),
            BirthDate = draft.BirthDate,
            BirthMonth = draft.BirthDate?.Month,
            Channel = draft.Channel,
            SiteCustomerId = Clean(draft.SiteCustomerId),
            PreferredLanguage = string.IsNullOrWhiteSpace(draft.PreferredLanguage) ? "pl" : draft.PreferredLanguage.Trim().ToLowerInvariant(),
            RegisteredAt = now,
            UpdatedAt = now,
        };
        SetName(client);
        SetAddress(client, draft);
        return client;
    }

    internal static void SetName(Client client)
    {
        var personName = string.Join(' ', new[] { client.FirstName, client.LastName }.Where(n => !string.IsNullOrEmpty(n)));
        client.DisplayName = client.Kind == ClientKind.Company ? client.CompanyName ?? personName : personName;
        if (client.DisplayName.Length == 0)
        {
            client.DisplayName = client.Email ?? client.Phone ?? "";
        }

        client.NormalizedName = ContactNormalizer.Name(client.DisplayName);
    }

    internal static void SetAddress(Client client, ClientDraft draft)
    {
        client.Street = Clean(draft.Street);
        client.PostalCode = ContactNormalizer.PostalCode(draft.PostalCode);
        client.City = Clean(draft.City);
        client.Country = string.IsNullOrWhiteSpace(draft.Country) ? "PL" : draft.Country.Trim().ToUpperInvariant();
        client.Region = ContactNormalizer.Region(client.PostalCode, client.Country);
    }

    // Only a consent the draft states is recorded; a new client without one simply has none.
    private void AddConsentChange(ShopDbContext db, Client client, ClientDraft draft)
    {
        if (draft.MarketingConsent is not { } given)
        {
            return;
        }

        client.MarketingConsent = given;
        db.Add(new ClientConsentChange
        {
            ClientId = client.Id,
            Given = given,
            At = Now,
            Source = draft.Channel switch
            {
                ClientChannel.Site => ConsentSource.Site,
                ClientChannel.Import => ConsentSource.Import,
                _ => ConsentSource.Manager,
            },
            RecordedBy = user.UserName,
        });
    }

    internal static Task<Client?> FindActiveByEmailAsync(ShopDbContext db, string normalizedEmail, CancellationToken ct) =>
        db.Set<Client>().SingleOrDefaultAsync(c => c.NormalizedEmail == normalizedEmail && c.Status == ClientStatus.Active, ct);

    internal static ClientSaveResult EmailClash(Client existing) =>
        ClientSaveResult.Failed("Email", $"Already used by client #{existing.Id} {existing.DisplayName}.", existing.Id);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
