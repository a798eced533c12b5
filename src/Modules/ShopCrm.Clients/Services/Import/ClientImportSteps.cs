using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog.Services;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;
using ShopCrm.Core.Imports;

namespace ShopCrm.Clients.Services.Import;

// The clients' part of a contact import: every line is checked against the column map; a good file is
// folded by e-mail and phone (one person on several lines is one client), matched against existing clients
// (their details are completed, not duplicated) and written in one transaction, a chunk at a time.
public sealed class ClientImportSteps(
    IDbContextFactory<ShopDbContext> contexts,
    DataFolder dataFolder,
    TimeProvider clock) : IImportSteps<ClientImport>
{
    private const int ChunkSize = 500;

    public Expression<Func<ClientImport, bool>> Running => i => i.Status == ClientImportStatus.Running;

    public Task<ImportCheck> CheckAsync(ClientImport import, Action<ImportProgress> report, CancellationToken ct)
    {
        var (rows, problems) = ReadAll(import, report);
        return Task.FromResult(new ImportCheck(rows.Count + problems.Count, problems.Count, problems));
    }

    public void Reject(ClientImport import, ImportCheck check)
    {
        import.Status = ClientImportStatus.Rejected;
        import.ErrorCount = check.BadRows;
        import.Report = JsonSerializer.Serialize(new ClientImportReport { Problems = check.Problems });
    }

    // The file was checked a moment ago; it is read again rather than kept in memory between the steps.
    public async Task WriteAsync(ShopDbContext db, ClientImport import, Action<ImportProgress> report, CancellationToken ct)
    {
        var (rows, _) = ReadAll(import, _ => { });
        var groups = ContactGroup.Fold(rows);
        var (created, updated) = await WriteGroupsAsync(import, groups, ClientImportService.TagsOf(import), report, ct);
        import.Status = ClientImportStatus.Done;
        import.CreatedClients = created;
        import.UpdatedClients = updated;
        import.Report = JsonSerializer.Serialize(new ClientImportReport { Created = created, Updated = updated, MergedInFile = rows.Count - groups.Count });
    }

    public void Fail(ClientImport import, string reason)
    {
        import.Status = ClientImportStatus.Failed;
        import.Report = JsonSerializer.Serialize(new ClientImportReport { Failure = reason });
    }

    private (List<ContactRow> Rows, List<ImportProblem> Problems) ReadAll(ClientImport import, Action<ImportProgress> report)
    {
        var map = ClientImportService.MapOf(import);
        var rows = new List<ContactRow>();
        var problems = new List<ImportProblem>();
        foreach (var record in CsvFile.DataRecords(ClientImportService.PathOf(dataFolder, import)))
        {
            var (row, problem) = ContactReader.Check(record, map);
            if (row is not null)
            {
                rows.Add(row);
            }
            else
            {
                problems.Add(problem!);
            }

            if ((rows.Count + problems.Count) % ChunkSize == 0)
            {
                report(new ImportProgress(false, rows.Count + problems.Count, import.TotalRows));
            }
        }

        return (rows, problems);
    }

    private async Task<(int Created, int Updated)> WriteGroupsAsync(
        ClientImport import, List<ContactGroup> groups, IReadOnlyList<string> tagNames, Action<ImportProgress> report, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var tagIds = await TagIdsAsync(db, tagNames, ct);
        int created = 0, updated = 0, done = 0;
        foreach (var chunk in groups.Chunk(ChunkSize))
        {
            var existing = await ExistingAsync(db, chunk, ct);
            var newClients = new List<(Client Client, ContactGroup Group)>();
            foreach (var group in chunk)
            {
                var clientId = group.Keys.Select(k => existing.Keys.GetValueOrDefault(k)).FirstOrDefault(id => id != 0);
                if (clientId != 0 && existing.Clients.TryGetValue(clientId, out var client))
                {
                    Complete(db, client, existing.Contacts[clientId], group, import, now);
                    updated++;
                }
                else
                {
                    client = Create(group, now);
                    db.Add(client);
                    newClients.Add((client, group));
                    created++;
                }
            }

            await db.SaveChangesAsync(ct);
            foreach (var (client, group) in newClients)
            {
                foreach (var (value, normalized) in group.Emails.Skip(1))
                {
                    db.Add(new ClientContact { ClientId = client.Id, Kind = ContactKind.Email, Value = value, NormalizedValue = normalized });
                }

                foreach (var (value, normalized) in group.Phones.Skip(1))
                {
                    db.Add(new ClientContact { ClientId = client.Id, Kind = ContactKind.Phone, Value = value, NormalizedValue = normalized });
                }

                if (group.Consent is true)
                {
                    db.Add(ConsentChange(client.Id, true, import, now));
                }
            }

            var chunkIds = newClients.Select(n => n.Client.Id).Concat(existing.Clients.Keys).ToList();
            var tagged = await db.Set<ClientTagLink>().Where(l => chunkIds.Contains(l.ClientId) && tagIds.Contains(l.TagId)).Select(l => new { l.ClientId, l.TagId }).ToListAsync(ct);
            var touched = newClients.Select(n => n.Client.Id)
                .Concat(chunk.Select(g => g.Keys.Select(k => existing.Keys.GetValueOrDefault(k)).FirstOrDefault(id => id != 0)).Where(id => id != 0))
                .Distinct();
            foreach (var clientId in touched)
            {
                db.AddRange(tagIds.Where(t => !tagged.Any(l => l.ClientId == clientId && l.TagId == t)).Select(t => new ClientTagLink { ClientId = clientId, TagId = t }));
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            report(new ImportProgress(true, done, groups.Count));
        }

        await transaction.CommitAsync(ct);
        return (created, updated);
    }

    private static Client Create(ContactGroup group, DateTime now)
    {
        var isCompany = group.FirstName is null && group.LastName is null;
        var displayName = isCompany ? group.Company! : $"{group.FirstName} {group.LastName}".Trim();
        return new Client
        {
            Kind = isCompany ? ClientKind.Company : ClientKind.Person,
            FirstName = group.FirstName,
            LastName = group.LastName,
            CompanyName = group.Company,
            VatId = group.VatId,
            DisplayName = displayName,
            NormalizedName = ContactNormalizer.Name(displayName),
            Email = group.Emails.FirstOrDefault().Value,
            NormalizedEmail = group.Emails.FirstOrDefault().Normalized,
            Phone = group.Phones.FirstOrDefault().Value,
            NormalizedPhone = group.Phones.FirstOrDefault().Normalized,
            Street = group.Street,
            PostalCode = group.PostalCode,
            City = group.City,
            Region = ContactNormalizer.Region(group.PostalCode),
            BirthDate = group.BirthDate,
            BirthMonth = group.BirthDate?.Month,
            Channel = ClientChannel.Import,
            MarketingConsent = group.Consent is true,
            RegisteredAt = now,
            UpdatedAt = now,
        };
    }

    // An existing client keeps what it has; the file fills what is empty and adds e-mails and phones the
    // client does not have yet. Consent changes only when the file states it.
    private static void Complete(ShopDbContext db, Client client, HashSet<string> contacts, ContactGroup group, ClientImport import, DateTime now)
    {
        client.FirstName ??= group.FirstName;
        client.LastName ??= group.LastName;
        client.CompanyName ??= group.Company;
        client.VatId ??= group.VatId;
        if (client.Street is null && client.PostalCode is null && (group.Street ?? group.PostalCode) is not null)
        {
            (client.Street, client.PostalCode, client.City, client.Region) = (group.Street, group.PostalCode, group.City, ContactNormalizer.Region(group.PostalCode));
        }

        if (client.BirthDate is null && group.BirthDate is { } birth)
        {
            (client.BirthDate, client.BirthMonth) = (birth, birth.Month);
        }

        foreach (var (value, normalized) in group.Emails.Where(e => contacts.Add("e:" + e.Normalized)))
        {
            if (client.NormalizedEmail is null)
            {
                (client.Email, client.NormalizedEmail) = (value, normalized);
            }
            else
            {
                db.Add(new ClientContact { ClientId = client.Id, Kind = ContactKind.Email, Value = value, NormalizedValue = normalized });
            }
        }

        foreach (var (value, normalized) in group.Phones.Where(p => contacts.Add("p:" + p.Normalized)))
        {
            if (client.NormalizedPhone is null)
            {
                (client.Phone, client.NormalizedPhone) = (value, normalized);
            }
            else
            {
                db.Add(new ClientContact { ClientId = client.Id, Kind = ContactKind.Phone, Value = value, NormalizedValue = normalized });
            }
        }

        if (group.Consent is { } consent && consent != client.MarketingConsent)
        {
            client.MarketingConsent = consent;
            db.Add(ConsentChange(client.Id, consent, import, now));
        }

        if (db.Entry(client).State == EntityState.Modified)
        {
            client.UpdatedAt = now;
            client.Version++;
        }
    }

    private static ClientConsentChange ConsentChange(int clientId, bool given, ClientImport import, DateTime now) => new()
    {
        ClientId = clientId, Given = given, At = now, Source = ConsentSource.Import, RecordedBy = import.CreatedBy, Note = $"Import of {import.FileName}",
    };

    // The active clients this chunk's e-mails and phones already belong to (primary or further
    // contacts), tracked for completion, with each one's known contact keys.
    private static async Task<ExistingClients> ExistingAsync(ShopDbContext db, ContactGroup[] chunk, CancellationToken ct)
    {
        var emails = chunk.SelectMany(g => g.Emails.Select(e => e.Normalized)).Distinct().ToList();
        var phones = chunk.SelectMany(g => g.Phones.Select(p => p.Normalized)).Distinct().ToList();
        var active = db.Set<Client>().Where(c => c.Status == ClientStatus.Active);
        var keys = new Dictionary<string, int>();
        foreach (var c in await active.Where(c => emails.Contains(c.NormalizedEmail!)).Select(c => new { c.Id, c.NormalizedEmail }).ToListAsync(ct))
        {
            keys.TryAdd("e:" + c.NormalizedEmail, c.Id);
        }

        foreach (var c in await active.Where(c => phones.Contains(c.NormalizedPhone!)).OrderBy(c => c.Id).Select(c => new { c.Id, c.NormalizedPhone }).ToListAsync(ct))
        {
            keys.TryAdd("p:" + c.NormalizedPhone, c.Id);
        }

        foreach (var k in await db.Set<ClientContact>()
                     .Where(k => ((k.Kind == ContactKind.Email && emails.Contains(k.NormalizedValue)) || (k.Kind == ContactKind.Phone && phones.Contains(k.NormalizedValue)))
                         && active.Any(c => c.Id == k.ClientId))
                     .OrderBy(k => k.ClientId).Select(k => new { k.ClientId, k.Kind, k.NormalizedValue }).ToListAsync(ct))
        {
            keys.TryAdd((k.Kind == ContactKind.Email ? "e:" : "p:") + k.NormalizedValue, k.ClientId);
        }

        var ids = keys.Values.Distinct().ToList();
        var clients = await db.Set<Client>().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var contacts = ids.ToDictionary(id => id, _ => new HashSet<string>());
        foreach (var c in clients.Values)
        {
            contacts[c.Id].UnionWith(new[] { c.NormalizedEmail is null ? null : "e:" + c.NormalizedEmail, c.NormalizedPhone is null ? null : "p:" + c.NormalizedPhone }.OfType<string>());
        }

        foreach (var k in await db.Set<ClientContact>().AsNoTracking().Where(k => ids.Contains(k.ClientId)).Select(k => new { k.ClientId, k.Kind, k.NormalizedValue }).ToListAsync(ct))
        {
            contacts[k.ClientId].Add((k.Kind == ContactKind.Email ? "e:" : "p:") + k.NormalizedValue);
        }

        return new ExistingClients(keys, clients, contacts);
    }

    private static async Task<List<int>> TagIdsAsync(ShopDbContext db, IReadOnlyList<string> names, CancellationToken ct)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var existing = await db.Set<ClientTag>().Where(t => names.Contains(t.Name)).ToListAsync(ct);
        var added = names.Where(n => existing.All(t => t.Name != n)).Select(n => new ClientTag { Name = n }).ToList();
        db.AddRange(added);
        await db.SaveChangesAsync(ct);
        return [.. existing.Concat(added).Select(t => t.Id)];
    }
}
