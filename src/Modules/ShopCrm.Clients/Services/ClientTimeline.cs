using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Services;

public sealed class ClientTimeline(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user, PermissionGuard guard) : IClientTimeline
{
    public const string OwnSource = "Clients";

    public Task AddAsync(ClientTimelineInput entry, CancellationToken ct = default) => InsertAsync(entry, null, null, ct);

    public async Task AddManyAsync(IReadOnlyList<ClientTimelineInput> entries, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rows = entries.Select(e => new ClientTimelineEntry
        {
            ClientId = e.ClientId, At = e.At, Kind = e.Kind, Title = e.Title, Detail = e.Detail, Link = e.Link, Source = e.Source, SourceKey = e.SourceKey,
        }).ToList();
        await BulkInsert.InsertAsync(
            db,
            rows,
            ct,
            ("ClientId", e => e.ClientId),
            ("At", e => DateTime.SpecifyKind(e.At, DateTimeKind.Utc)),
            ("Kind", e => e.Kind.ToString()),
            ("Title", e => e.Title),
            ("Detail", e => e.Detail),
            ("Link", e => e.Link),
            ("Source", e => e.Source),
            ("SourceKey", e => e.SourceKey));
        await transaction.CommitAsync(ct);
    }

    // A note or an interaction staff log on the card, such as a call with what was agreed.
    public async Task<string?> LogAsync(int clientId, ClientTimelineKind kind, ContactMethod? method, string text, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Edit);
        text = text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return "Write what happened.";
        }

        if (text.Length > 4_000)
        {
            return "At most 4000 characters.";
        }

        var firstLine = text.Split('\n', 2)[0].Trim();
        var title = kind == ClientTimelineKind.Note ? "Note" : method is { } how ? $"{kind} ({How(how)})" : kind.ToString();
        var entry = new ClientTimelineInput(
            clientId, time.GetUtcNow().UtcDateTime, kind, firstLine.Length <= 200 ? $"{title}: {firstLine}" : title, text, null, OwnSource, $"log:{Guid.NewGuid():N}");
        await InsertAsync(entry, method, user.UserName, ct);
        return null;
    }

    public static string How(ContactMethod method) => method switch
    {
        ContactMethod.Phone => "phone",
        ContactMethod.Email => "e-mail",
        ContactMethod.Meeting => "in person",
        ContactMethod.Chat => "chat",
        ContactMethod.Sms => "SMS",
        _ => method.ToString(),
    };

    // ON CONFLICT DO NOTHING is spelled the same in SQLite and PostgreSQL: a repeated Source + SourceKey
    // is skipped by the database itself, with no race between a check and the insert.
    private async Task InsertAsync(ClientTimelineInput entry, ContactMethod? method, string? recordedBy, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "ClientTimelineEntries" ("ClientId", "At", "Kind", "Title", "Detail", "Link", "ContactMethod", "Source", "SourceKey", "RecordedBy")
            VALUES ({entry.ClientId}, {DateTime.SpecifyKind(entry.At, DateTimeKind.Utc)}, {entry.Kind.ToString()}, {entry.Title}, {entry.Detail}, {entry.Link}, {method?.ToString()}, {entry.Source}, {entry.SourceKey}, {recordedBy})
            ON CONFLICT ("Source", "SourceKey") DO NOTHING
            """,
            ct);
    }
}
