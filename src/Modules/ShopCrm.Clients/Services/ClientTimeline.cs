using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Services;

public sealed class ClientTimeline(IDbContextFactory<ShopDbContext> contexts) : IClientTimeline
{
    public Task AddAsync(ClientTimelineInput entry, CancellationToken ct = default) => AddAsync(entry, null, null, ct);

    // ON CONFLICT DO NOTHING is spelled the same in SQLite and PostgreSQL: a repeated Source + SourceKey
    // is skipped by the database itself, with no race between a check and the insert.
    internal async Task AddAsync(ClientTimelineInput entry, Domain.ContactMethod? method, string? recordedBy, CancellationToken ct)
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
