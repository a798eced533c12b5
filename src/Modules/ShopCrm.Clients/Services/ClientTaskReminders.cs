using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Mail;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;
using ShopCrm.Core.Formatting;
using ShopCrm.Core.Time;

namespace ShopCrm.Clients.Services;

// Tells assignees about tasks that have come due: a notification in the top bar and an e-mail through the
// outbox. Each task is claimed by a conditional update in the same transaction as both, so a reminder goes
// out once even when two runs overlap, and never without its notification.
public sealed class ClientTaskReminders(IDbContextFactory<ShopDbContext> contexts, EmailTemplateRenderer renderer, ShopClock clock, ShopFormat format)
{
    private const int Batch = 200;

    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        await using var lookup = await contexts.CreateDbContextAsync(ct);
        var due = await (
                from task in lookup.Set<ClientTask>().AsNoTracking()
                where task.DueAt <= now && task.DoneAt == null && task.RemindedAt == null
                join assignee in lookup.Users on task.AssigneeId equals assignee.Id
                join client in lookup.Set<Client>() on task.ClientId equals client.Id into clients
                from client in clients.DefaultIfEmpty()
                orderby task.DueAt
                select new { task.Id, task.Title, task.Notes, task.DueAt, task.ClientId, task.OrderId, task.AssigneeId, task.CreatedBy, assignee.Email, assignee.FullName, ClientName = client.DisplayName })
            .Take(Batch)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var shop = await lookup.CompanyProfiles.AsNoTracking().Select(p => p.Name).FirstOrDefaultAsync(ct) ?? "ShopCrm";
        var sent = 0;
        foreach (var task in due)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Set<ClientTask>().Where(t => t.Id == task.Id && t.RemindedAt == null && t.DoneAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RemindedAt, now), ct);
            if (claimed == 0)
            {
                continue;
            }

            var title = task.ClientName is null ? $"Due: {task.Title}" : $"Due: {task.Title} ({task.ClientName})";
            db.Add(new StaffNotification
            {
                UserId = task.AssigneeId,
                At = now,
                Title = title.Length > 300 ? title[..300] : title,
                Link = task.ClientId is { } clientId ? $"/clients/{clientId}" : "/tasks",
                TaskId = task.Id,
            });
            if (!string.IsNullOrWhiteSpace(task.Email))
            {
                var html = await renderer.RenderAsync<TaskReminderMail>(new Dictionary<string, object?>
                {
                    [nameof(TaskReminderMail.ShopName)] = shop,
                    [nameof(TaskReminderMail.Name)] = string.IsNullOrWhiteSpace(task.FullName) ? task.Email : task.FullName,
                    [nameof(TaskReminderMail.Title)] = task.Title,
                    [nameof(TaskReminderMail.DueText)] = format.DateTime(task.DueAt),
                    [nameof(TaskReminderMail.ClientName)] = task.ClientName,
                    [nameof(TaskReminderMail.Notes)] = task.Notes,
                    [nameof(TaskReminderMail.CreatedBy)] = task.CreatedBy,
                });
                db.EnqueueEmail(
                    new EmailMessage
                    {
                        To = [new EmailAddress(task.Email, string.IsNullOrWhiteSpace(task.FullName) ? null : task.FullName)],
                        Subject = $"Task due: {task.Title}",
                        HtmlBody = html,
                    },
                    now);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            sent++;
        }

        return sent;
    }
}
