using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Results;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Services.Segments;

// Saving, renaming and deleting segments. Two people editing one segment: the second save is refused
// (Version), nothing is overwritten.
public sealed class SegmentService(IDbContextFactory<ShopDbContext> contexts, ICurrentUser user, TimeProvider clock, PermissionGuard guard)
{
    public const string Conflict = "Someone else changed this segment while you were editing it. Nothing of yours was saved: open it again to see their version.";

    private static readonly Error Deleted = new(ErrorCodes.NotFound, "This segment has been deleted.");

    public async Task<Result<SavedSegment>> SaveAsync(int? segmentId, int version, string name, SegmentDefinition definition, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Segments);
        name = name.Trim();
        if (name.Length == 0)
        {
            return Error.Invalid("Name", "Give the segment a name.");
        }

        if (name.Length > 120)
        {
            return Error.Invalid("Name", "Keep the name under 120 characters.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Set<ClientSegment>().AnyAsync(s => s.Name == name && s.Id != segmentId, ct))
        {
            return Error.ForField(ErrorCodes.Duplicate, "Name", $"A segment called \"{name}\" already exists.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ClientSegment segment;
        if (segmentId is { } id)
        {
            var existing = await db.Set<ClientSegment>().SingleOrDefaultAsync(s => s.Id == id, ct);
            if (existing is null || existing.Version != version)
            {
                return existing is null ? Deleted : new Error(ErrorCodes.Conflict, Conflict);
            }

            segment = existing;
            segment.Name = name;
            segment.Definition = definition.ToJson();
            segment.Version++;
        }
        else
        {
            segment = new ClientSegment { Name = name, Definition = definition.ToJson(), CreatedAt = now };
            db.Add(segment);
        }

        segment.UpdatedAt = now;
        segment.UpdatedBy = user.UserName;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Error(ErrorCodes.Conflict, Conflict);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same name a moment after the check above: the unique index refused it.
            return Error.ForField(ErrorCodes.Duplicate, "Name", $"A segment called \"{name}\" already exists.");
        }

        return Result<SavedSegment>.Ok(new SavedSegment(segment.Id, segment.Version));
    }

    public async Task<Result<SavedSegment>> RenameAsync(int segmentId, int version, string name, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Segments);
        var segment = await FindAsync(segmentId, ct);
        return segment is null
            ? Deleted
            : await SaveAsync(segmentId, version, name, SegmentDefinition.FromJson(segment.Definition), ct);
    }

    public async Task<bool> DeleteAsync(int segmentId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Segments);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ClientSegment>().Where(s => s.Id == segmentId).ExecuteDeleteAsync(ct) == 1;
    }

    public async Task<ClientSegment?> FindAsync(int segmentId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ClientSegment>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == segmentId, ct);
    }

    public async Task<IReadOnlyList<ClientSegment>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ClientSegment>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
    }
}
