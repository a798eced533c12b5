using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;

namespace ShopCrm.Certificates.Jobs;

// Tells a card's holder, once, that money on it is about to expire. The card is claimed by setting
// ExpiryReminderSentAt in the same transaction that queues the mail, so a second run sends nothing.
[DisallowConcurrentExecution]
internal sealed class CertificateExpiryReminderJob(
    IDbContextFactory<ShopDbContext> contexts,
    CertificateMails mails,
    TimeProvider time,
    IOptions<CertificateOptions> options) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await RemindAsync(cancellationToken);

    public async Task<int> RemindAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(options.Value.ExpiryReminderDays);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = await db.Set<Certificate>().AsNoTracking()
            .Where(c => (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.PartlyUsed)
                && c.ExpiresAt > now && c.ExpiresAt <= horizon && c.RecipientEmail != null && c.ExpiryReminderSentAt == null)
            .OrderBy(c => c.ExpiresAt)
            .Take(500)
            .Select(c => c.Id)
            .ToListAsync(ct);

        var sent = 0;
        foreach (var id in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Set<Certificate>()
                .Where(c => c.Id == id && c.ExpiryReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiryReminderSentAt, now), ct);
            if (claimed == 0)
            {
                continue;
            }

            var card = await db.Set<Certificate>().AsNoTracking().SingleAsync(c => c.Id == id, ct);
            db.EnqueueEmail(await mails.ExpiryReminderAsync(card), now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            sent++;
        }

        return sent;
    }
}
