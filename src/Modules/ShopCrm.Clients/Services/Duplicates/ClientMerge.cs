using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Results;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Services.Duplicates;

// Folds one client into another in one transaction: the chosen field values, every contact, address,
// contact person, interest, tag, consent change, order fact, purchase, timeline entry and task, and the
// rows other modules keep (IClientDataParticipant). The merged-away record stays as Merged with
// MergedIntoId, so old links still lead to the survivor; both clients' statistics are recomputed.
public sealed class ClientMerge(
    IDbContextFactory<ShopDbContext> contexts,
    IEnumerable<IClientDataParticipant> participants,
    ClientStatisticsWriter statistics,
    ICurrentUser user,
    TimeProvider time,
    PermissionGuard guard)
{
    public const string Conflict = "Someone changed one of these clients meanwhile. Nothing was merged: open the pair again to see the changes.";

    private static readonly Error IntoItself = new(ErrorCodes.Invalid, "A client cannot be merged into itself.");
    private static readonly Error Gone = new(ErrorCodes.NotFound, "One of the clients no longer exists or has already been merged or erased.");
    private static readonly Error Changed = new(ErrorCodes.Conflict, Conflict);

    public async Task<Result<int>> MergeAsync(ClientMergeRequest request, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Merge);
        if (request.SurvivorId == request.OtherId)
        {
            return IntoItself;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var survivor = await db.Set<Client>().SingleOrDefaultAsync(c => c.Id == request.SurvivorId, ct);
        var other = await db.Set<Client>().SingleOrDefaultAsync(c => c.Id == request.OtherId, ct);
        if (survivor is not { Status: ClientStatus.Active } || other is not { Status: ClientStatus.Active })
        {
            return Gone;
        }

        if (survivor.Version != request.SurvivorVersion || other.Version != request.OtherVersion)
        {
            return Changed;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var take = request.TakeFromOther;
        var kept = Snapshot(survivor);
        var taken = Snapshot(other);

        // The other record leaves the active set first, so that its e-mail is free for the survivor
        // under the unique index on active clients' e-mails.
        other.Status = ClientStatus.Merged;
        other.MergedIntoId = survivor.Id;
        if (survivor.SiteCustomerId is null)
        {
            // The site's id moves to the survivor (it is unique), so the site's next call finds it.
            other.SiteCustomerId = null;
        }

        other.UpdatedAt = now;
        other.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Changed;
        }

        Apply(survivor, kept, taken, take);
        survivor.UpdatedAt = now;
        survivor.Version++;
        if (survivor.MarketingConsent != kept.Consent)
        {
            db.Add(new ClientConsentChange
            {
                ClientId = survivor.Id, Given = survivor.MarketingConsent, At = now, Source = ConsentSource.Merge, RecordedBy = user.UserName,
                Note = $"Taken from client #{other.Id} on merge",
            });
        }

        await MoveRowsAsync(db, survivor, other, kept, taken, ct);
        db.Add(new ClientTimelineEntry
        {
            ClientId = survivor.Id, At = now, Kind = ClientTimelineKind.Other, Title = $"Merged with client #{other.Id} ({other.DisplayName})",
            Detail = "Contacts, addresses, orders, consents and the timeline of the duplicate are now on this client.",
            Link = $"/clients/{other.Id}", Source = "Clients", SourceKey = $"merge:{other.Id}", RecordedBy = user.UserName,
        });
        db.Record(user, now, nameof(Client), survivor.Id, "MergedFrom", null, other.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Changed;
        }

        foreach (var participant in participants)
        {
            await participant.MoveAsync(db, other.Id, survivor.Id, ct);
        }

        await statistics.RecomputeAsync(db, survivor.Id, ct);
        await statistics.RecomputeAsync(db, other.Id, ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(survivor.Id);
    }

    private static void Apply(Client survivor, ClientSnapshot kept, ClientSnapshot taken, IReadOnlySet<ClientMergeField> take)
    {
        bool Choose(ClientMergeField field, bool survivorIsEmpty) => take.Contains(field) || survivorIsEmpty;

        var source = Choose(ClientMergeField.Name, string.IsNullOrWhiteSpace(kept.FirstName) && string.IsNullOrWhiteSpace(kept.LastName)) ? taken : kept;
        survivor.FirstName = source.FirstName;
        survivor.LastName = source.LastName;
        source = Choose(ClientMergeField.Company, string.IsNullOrWhiteSpace(kept.CompanyName)) ? taken : kept;
        survivor.CompanyName = source.CompanyName;
        survivor.VatId = source.VatId;
        survivor.Kind = source.Kind;
        survivor.DisplayName = survivor.Kind == ClientKind.Company && survivor.CompanyName is { } company
            ? company
            : $"{survivor.FirstName} {survivor.LastName}".Trim() is { Length: > 0 } person ? person : kept.DisplayName;
        survivor.NormalizedName = ContactNormalizer.Name(survivor.DisplayName);
        source = Choose(ClientMergeField.Email, kept.NormalizedEmail is null) ? taken : kept;
        survivor.Email = source.Email ?? kept.Email;
        survivor.NormalizedEmail = source.NormalizedEmail ?? kept.NormalizedEmail;
        source = Choose(ClientMergeField.Phone, kept.NormalizedPhone is null) ? taken : kept;
        survivor.Phone = source.Phone ?? kept.Phone;
        survivor.NormalizedPhone = source.NormalizedPhone ?? kept.NormalizedPhone;
        source = Choose(ClientMergeField.Address, string.IsNullOrWhiteSpace(kept.Street) && string.IsNullOrWhiteSpace(kept.PostalCode)) ? taken : kept;
        (survivor.Street, survivor.PostalCode, survivor.City, survivor.Country, survivor.Region) = (source.Street, source.PostalCode, source.City, source.Country, source.Region);
        source = Choose(ClientMergeField.BirthDate, kept.BirthDate is null) ? taken : kept;
        (survivor.BirthDate, survivor.BirthMonth) = (source.BirthDate, source.BirthDate?.Month);
        survivor.PreferredLanguage = take.Contains(ClientMergeField.Language) ? taken.PreferredLanguage : kept.PreferredLanguage;
        survivor.MarketingConsent = take.Contains(ClientMergeField.Consent) ? taken.Consent : kept.Consent;
        survivor.SiteCustomerId ??= taken.SiteCustomerId;
    }

    private static async Task MoveRowsAsync(ShopDbContext db, Client survivor, Client other, ClientSnapshot kept, ClientSnapshot taken, CancellationToken ct)
    {
        var (to, from) = (survivor.Id, other.Id);

        // The primary e-mails and phones that did not stay primary become further contacts of the survivor.
        var contacts = await db.Set<ClientContact>().AsNoTracking().Where(c => c.ClientId == to || c.ClientId == from)
            .Select(c => new { c.Kind, c.NormalizedValue }).ToListAsync(ct);
        var known = contacts.Select(c => (c.Kind, c.NormalizedValue)).ToHashSet();
        known.Add((ContactKind.Email, survivor.NormalizedEmail ?? ""));
        known.Add((ContactKind.Phone, survivor.NormalizedPhone ?? ""));
        foreach (var (kind, value, normalized) in new[]
        {
            (ContactKind.Email, kept.Email, kept.NormalizedEmail), (ContactKind.Email, taken.Email, taken.NormalizedEmail),
            (ContactKind.Phone, kept.Phone, kept.NormalizedPhone), (ContactKind.Phone, taken.Phone, taken.NormalizedPhone),
        })
        {
            if (value is not null && normalized is not null && known.Add((kind, normalized)))
            {
                db.Add(new ClientContact { ClientId = to, Kind = kind, Value = value, NormalizedValue = normalized, Label = "from merge" });
            }
        }

        // Contacts the survivor already has would only repeat themselves.
        var survivorContacts = db.Set<ClientContact>().Where(c => c.ClientId == to);
        await db.Set<ClientContact>().Where(c => c.ClientId == from
                && (survivorContacts.Any(s => s.Kind == c.Kind && s.NormalizedValue == c.NormalizedValue)
                    || (c.Kind == ContactKind.Email && c.NormalizedValue == survivor.NormalizedEmail)
                    || (c.Kind == ContactKind.Phone && c.NormalizedValue == survivor.NormalizedPhone)))
            .ExecuteDeleteAsync(ct);
        await db.Set<ClientContact>().Where(c => c.ClientId == from).ExecuteUpdateAsync(u => u.SetProperty(c => c.ClientId, to), ct);
        await db.Set<ClientAddress>().Where(a => a.ClientId == from).ExecuteUpdateAsync(u => u.SetProperty(a => a.ClientId, to), ct);
        await db.Set<ClientContactPerson>().Where(p => p.ClientId == from).ExecuteUpdateAsync(u => u.SetProperty(p => p.ClientId, to), ct);

        var survivorInterests = db.Set<ClientInterest>().Where(i => i.ClientId == to);
        await db.Set<ClientInterest>().Where(i => i.ClientId == from && survivorInterests.Any(s => s.TagId == i.TagId && s.CategoryId == i.CategoryId)).ExecuteDeleteAsync(ct);
        await db.Set<ClientInterest>().Where(i => i.ClientId == from).ExecuteUpdateAsync(u => u.SetProperty(i => i.ClientId, to), ct);

        var otherTags = await db.Set<ClientTagLink>().Where(l => l.ClientId == from).Select(l => l.TagId).ToListAsync(ct);
        var survivorTags = await db.Set<ClientTagLink>().Where(l => l.ClientId == to).Select(l => l.TagId).ToListAsync(ct);
        db.AddRange(otherTags.Except(survivorTags).Select(tagId => new ClientTagLink { ClientId = to, TagId = tagId }));
        await db.Set<ClientTagLink>().Where(l => l.ClientId == from).ExecuteDeleteAsync(ct);

        await db.Set<ClientConsentChange>().Where(c => c.ClientId == from).ExecuteUpdateAsync(u => u.SetProperty(c => c.ClientId, to), ct);
        await db.Set<ClientOrderFact>().Where(f => f.ClientId == from).ExecuteUpdateAsync(u => u.SetProperty(f => f.ClientId, to), ct);
        await db.Set<ClientPurchase>().Where(p => p.ClientId == from).ExecuteUpdateAsync(u => u.SetProperty(p => p.ClientId, to), ct);
        await db.Set<ClientTimelineEntry>().Where(e => e.ClientId == from).ExecuteUpdateAsync(u => u.SetProperty(e => e.ClientId, to), ct);
        await db.Set<ClientTask>().Where(t => t.ClientId == from).ExecuteUpdateAsync(u => u.SetProperty(t => t.ClientId, to), ct);
        await db.Set<ClientDuplicateDismissal>().Where(d => d.ClientId == from || d.OtherClientId == from).ExecuteDeleteAsync(ct);
    }

    private static ClientSnapshot Snapshot(Client c) => new(
        c.Kind, c.FirstName, c.LastName, c.CompanyName, c.VatId, c.DisplayName, c.Email, c.NormalizedEmail, c.Phone, c.NormalizedPhone,
        c.Street, c.PostalCode, c.City, c.Country, c.Region, c.BirthDate, c.PreferredLanguage, c.MarketingConsent, c.SiteCustomerId);
}
