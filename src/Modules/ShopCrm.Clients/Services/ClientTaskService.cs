using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Results;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Services;

// Tasks staff give themselves or colleagues; the reminder job tells the assignee when one is due.
public sealed class ClientTaskService(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user, PermissionGuard guard)
{
    public async Task<Result<long>> CreateAsync(ClientTaskDraft draft, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Tasks);
        var errors = new Dictionary<string, string>();
        var title = draft.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors["Title"] = "Say what has to be done.";
        }
        else if (title.Length > 200)
        {
            errors["Title"] = "At most 200 characters.";
        }

        if (draft.Notes?.Length > 4_000)
        {
            errors["Notes"] = "At most 4000 characters.";
        }

        if (draft.ClientId is null && draft.OrderId is null)
        {
            errors["ClientId"] = "A task is on a client or an order.";
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Users.AnyAsync(u => u.Id == draft.AssigneeId, ct))
        {
            errors["AssigneeId"] = "Choose who does it.";
        }

        if (draft.ClientId is { } clientId && !await db.Set<Client>().AnyAsync(c => c.Id == clientId, ct))
        {
            errors["ClientId"] = "This client does not exist.";
        }

        if (errors.Count > 0)
        {
            return Error.Invalid(errors);
        }

        var task = new ClientTask
        {
            ClientId = draft.ClientId,
            OrderId = draft.OrderId,
            Title = title,
            Notes = string.IsNullOrWhiteSpace(draft.Notes) ? null : draft.Notes.Trim(),
            DueAt = DateTime.SpecifyKind(draft.DueAt, DateTimeKind.Utc),
            AssigneeId = draft.AssigneeId,
            CreatedBy = user.UserName,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(task);
        await db.SaveChangesAsync(ct);
        return Result<long>.Ok(task.Id);
    }

    // Done once: a second click (or a colleague at the same moment) changes nothing.
    public async Task<bool> CompleteAsync(long taskId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Tasks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var done = await db.Set<ClientTask>().Where(t => t.Id == taskId && t.DoneAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DoneAt, now).SetProperty(t => t.Version, t => t.Version + 1), ct);
        if (done == 0)
        {
            return false;
        }

        db.Record(user, now, nameof(ClientTask), taskId, nameof(ClientTask.DoneAt), null, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    // Open tasks first by due time, then the done ones; assigneeId null lists the whole team's.
    public static IQueryable<ClientTaskRow> Rows(ShopDbContext db, string? assigneeId, bool includeDone) =>
        from task in db.Set<ClientTask>().AsNoTracking()
        where (assigneeId == null || task.AssigneeId == assigneeId) && (includeDone || task.DoneAt == null)
        join assignee in db.Users on task.AssigneeId equals assignee.Id
        join client in db.Set<Client>() on task.ClientId equals client.Id into clients
        from client in clients.DefaultIfEmpty()
        select new ClientTaskRow
        {
            Id = task.Id,
            Title = task.Title,
            Notes = task.Notes,
            DueAt = task.DueAt,
            ClientId = task.ClientId,
            ClientName = client.DisplayName,
            OrderId = task.OrderId,
            AssigneeId = task.AssigneeId,
            AssigneeName = assignee.FullName == "" ? assignee.UserName! : assignee.FullName,
            CreatedBy = task.CreatedBy,
            DoneAt = task.DoneAt,
        };
}
