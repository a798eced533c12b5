using Microsoft.EntityFrameworkCore;
using Quartz;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;

namespace ShopCrm.Certificates.Jobs;

// Daily: cards past their date expire and what was left on them is written off in the ledger. Each
// card is claimed by a conditional update, so a second run at the same time writes nothing twice.
[DisallowConcurrentExecution]
internal sealed class CertificateExpiryJob(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser system) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await ExpireDueAsync(cancellationToken);

    public async Task<int> ExpireDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.ExpiresAt <= now && (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.PartlyUsed
                || c.Status == CertificateStatus.UsedUp || c.Status == CertificateStatus.Issued))
            .Select(c => new { c.Id, c.BalanceMinor, c.Status })
            .ToListAsync(ct);

        var expired = 0;
        foreach (var card in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Set<Certificate>()
                .Where(c => c.Id == card.Id && c.Status != CertificateStatus.Expired && c.Status != CertificateStatus.Blocked
                    && c.BalanceMinor == card.BalanceMinor)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CertificateStatus.Expired).SetProperty(c => c.BalanceMinor, 0L), ct);
            if (claimed == 0)
            {
                continue;
            }

            db.Record(system, now, nameof(Certificate), card.Id, nameof(Certificate.Status), card.Status, CertificateStatus.Expired);
            if (card.BalanceMinor > 0)
            {
                db.Add(new CertificateTransaction
                {
                    CertificateId = card.Id,
                    Type = CertificateTransactionType.ExpiryWriteOff,
                    AmountMinor = -card.BalanceMinor,
                    At = now,
                    UserName = CurrentUser.System,
                    Reason = "Expired",
                });
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await transaction.CommitAsync(ct);
            expired++;
        }

        return expired;
    }
}
