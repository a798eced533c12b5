using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Services.Privacy;

// GDPR requests. The export is a ZIP with one JSON file per kind of data, the other modules' sections
// included. Erasure anonymizes the person (names, e-mails, phones, addresses, birth date, contact
// persons, note texts) and keeps what accounting must keep: order numbers, amounts and dates.
public sealed class ClientPrivacy(
    IDbContextFactory<ShopDbContext> contexts,
    IEnumerable<IClientDataParticipant> participants,
    ICurrentUser user,
    TimeProvider time,
    PermissionGuard guard)
{
    public const string ErasedNote = "Removed at the client's request";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static string ExportAddress(int clientId) => $"/clients/{clientId}/gdpr-export.zip";

    // False when there is no such client; the ZIP is written straight to the output.
    public async Task<bool> ExportAsync(int clientId, Stream output, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Gdpr);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var client = await db.Set<Client>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null)
        {
            return false;
        }

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await AddAsync(zip, "client.json", client, ct);
        await AddAsync(zip, "contacts.json", await db.Set<ClientContact>().AsNoTracking().Where(c => c.ClientId == clientId).ToListAsync(ct), ct);
        await AddAsync(zip, "addresses.json", await db.Set<ClientAddress>().AsNoTracking().Where(c => c.ClientId == clientId).ToListAsync(ct), ct);
        await AddAsync(zip, "contact-persons.json", await db.Set<ClientContactPerson>().AsNoTracking().Where(c => c.ClientId == clientId).ToListAsync(ct), ct);
        await AddAsync(zip, "interests.json", await db.Set<ClientInterest>().AsNoTracking().Where(i => i.ClientId == clientId)
            .Select(i => new
            {
                Tag = db.Set<Catalog.Domain.Tag>().Where(t => t.Id == i.TagId).Select(t => t.Name).FirstOrDefault(),
                Category = db.Set<Catalog.Domain.Category>().Where(c => c.Id == i.CategoryId).Select(c => c.Name).FirstOrDefault(),
            }).ToListAsync(ct), ct);
        await AddAsync(zip, "tags.json", await db.Set<ClientTagLink>().AsNoTracking().Where(l => l.ClientId == clientId)
            .Select(l => db.Set<ClientTag>().Where(t => t.Id == l.TagId).Select(t => t.Name).First()).ToListAsync(ct), ct);
        await AddAsync(zip, "site-values.json", await db.Set<ClientSiteField>().AsNoTracking().Where(f => f.ClientId == clientId).OrderBy(f => f.Field).ToListAsync(ct), ct);
        await AddAsync(zip, "consents.json", await db.Set<ClientConsentChange>().AsNoTracking().Where(c => c.ClientId == clientId).OrderBy(c => c.At).ToListAsync(ct), ct);
        await AddAsync(zip, "orders.json", await db.Set<ClientOrderFact>().AsNoTracking().Where(f => f.ClientId == clientId).OrderBy(f => f.PlacedAt).ToListAsync(ct), ct);
        await AddAsync(zip, "purchases.json", await db.Set<ClientPurchase>().AsNoTracking().Where(p => p.ClientId == clientId).OrderBy(p => p.PurchasedAt)
            .Select(p => new { p.OrderId, p.PurchasedAt, Model = db.Set<Catalog.Domain.Product>().Where(m => m.Id == p.ProductId).Select(m => m.Name).First(), p.Quantity, p.GrossMinor })
            .ToListAsync(ct), ct);
        await AddAsync(zip, "timeline.json", await db.Set<ClientTimelineEntry>().AsNoTracking().Where(e => e.ClientId == clientId).OrderBy(e => e.At).ToListAsync(ct), ct);
        await AddAsync(zip, "tasks.json", await db.Set<ClientTask>().AsNoTracking().Where(t => t.ClientId == clientId).OrderBy(t => t.DueAt)
            .Select(t => new { t.Title, t.Notes, t.DueAt, t.DoneAt }).ToListAsync(ct), ct);
        foreach (var participant in participants)
        {
            await AddAsync(zip, $"modules/{FileName(participant.Name)}.json", await participant.ExportAsync(db, clientId, ct), ct);
        }

        return true;
    }

    // False when the client does not exist or is already erased.
    public async Task<bool> EraseAsync(int clientId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Gdpr);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var status = await db.Set<Client>().Where(c => c.Id == clientId).Select(c => (ClientStatus?)c.Status).SingleOrDefaultAsync(ct);
        if (status is null or ClientStatus.Erased)
        {
            return false;
        }

        // A plain UPDATE rather than a tracked change: the automatic audit would copy the personal data
        // into the audit log as "before" values. The log records that the client was erased, not who it was.
        var name = $"Erased client #{clientId}";
        await db.Set<Client>().Where(c => c.Id == clientId).ExecuteUpdateAsync(
            u => u.SetProperty(c => c.FirstName, (string?)null)
                .SetProperty(c => c.LastName, (string?)null)
                .SetProperty(c => c.CompanyName, (string?)null)
                .SetProperty(c => c.VatId, (string?)null)
                .SetProperty(c => c.DisplayName, name)
                .SetProperty(c => c.NormalizedName, "")
                .SetProperty(c => c.Email, (string?)null)
                .SetProperty(c => c.NormalizedEmail, (string?)null)
                .SetProperty(c => c.Phone, (string?)null)
                .SetProperty(c => c.NormalizedPhone, (string?)null)
                .SetProperty(c => c.Street, (string?)null)
                .SetProperty(c => c.PostalCode, (string?)null)
                .SetProperty(c => c.City, (string?)null)
                .SetProperty(c => c.Region, (string?)null)
                .SetProperty(c => c.BirthDate, (DateOnly?)null)
                .SetProperty(c => c.BirthMonth, (int?)null)
                .SetProperty(c => c.SiteCustomerId, (string?)null)
                .SetProperty(c => c.MarketingConsent, false)
                .SetProperty(c => c.Status, ClientStatus.Erased)
                .SetProperty(c => c.UpdatedAt, now)
                .SetProperty(c => c.Version, c => c.Version + 1),
            ct);
        await db.Set<ClientContact>().Where(c => c.ClientId == clientId).ExecuteDeleteAsync(ct);
        await db.Set<ClientAddress>().Where(a => a.ClientId == clientId).ExecuteDeleteAsync(ct);
        await db.Set<ClientContactPerson>().Where(p => p.ClientId == clientId).ExecuteDeleteAsync(ct);
        await db.Set<ClientSiteField>().Where(f => f.ClientId == clientId).ExecuteDeleteAsync(ct);
        await db.Set<ClientConsentChange>().Where(c => c.ClientId == clientId && c.Note != null).ExecuteUpdateAsync(u => u.SetProperty(c => c.Note, (string?)null), ct);
        await db.Set<ClientTimelineEntry>().Where(e => e.ClientId == clientId && (e.Kind == ClientTimelineKind.Note || e.Kind == ClientTimelineKind.Call))
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Title, ErasedNote).SetProperty(e => e.Detail, (string?)null), ct);
        await db.Set<ClientTimelineEntry>().Where(e => e.ClientId == clientId && e.Detail != null).ExecuteUpdateAsync(u => u.SetProperty(e => e.Detail, (string?)null), ct);
        await db.Set<ClientTask>().Where(t => t.ClientId == clientId && t.Notes != null).ExecuteUpdateAsync(u => u.SetProperty(t => t.Notes, (string?)null), ct);
        db.Add(new ClientConsentChange { ClientId = clientId, Given = false, At = now, Source = ConsentSource.Erasure, RecordedBy = user.UserName });
        db.Record(user, now, nameof(Client), clientId, nameof(Client.Status), status.ToString(), nameof(ClientStatus.Erased));
        await db.SaveChangesAsync(ct);
        foreach (var participant in participants)
        {
            await participant.AnonymizeAsync(db, clientId, ct);
        }

        await transaction.CommitAsync(ct);
        return true;
    }

    private static async Task AddAsync<T>(ZipArchive zip, string name, T content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        await using var stream = entry.Open();
        await JsonSerializer.SerializeAsync(stream, content, Json, ct);
    }

    private static string FileName(string section) =>
        new(section.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
