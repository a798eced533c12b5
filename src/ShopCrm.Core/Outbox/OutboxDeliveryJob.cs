using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Outbox;

// Safe to run twice at once (two app instances, a manual trigger): every message is claimed by a
// conditional update before it is handled, so only one worker delivers it.
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(
    IDbContextFactory<ShopDbContext> contexts,
    IEnumerable<IOutboxHandler> handlers,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDeliveryJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await DeliverDueAsync(cancellationToken);

    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeliveredAt == null && m.FailedAt == null && m.NextAttemptAt <= now
                && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(ct);

        var delivered = 0;
        foreach (var message in due)
        {
            var lockUntil = now.AddSeconds(settings.LockSeconds);
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.DeliveredAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockUntil), ct);
            if (claimed == 1 && await TryDeliverAsync(db, message, settings, ct))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<bool> TryDeliverAsync(ShopDbContext db, OutboxMessage message, OutboxOptions settings, CancellationToken ct)
    {
        try
        {
            var handler = handlers.FirstOrDefault(h => h.Type == message.Type)
                ?? throw new InvalidOperationException($"No outbox handler for '{message.Type}'.");
            await handler.HandleAsync(message.Payload, ct);
            var doneAt = time.GetUtcNow().UtcDateTime;
            await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.DeliveredAt, doneAt).SetProperty(m => m.LockedUntil, (DateTime?)null), ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var failedAt = time.GetUtcNow().UtcDateTime;
            var giveUp = attempts >= settings.MaxAttempts;
            var nextAttempt = failedAt + RetryDelay(attempts);
            logger.LogWarning(ex, "Outbox message {Id} ({Type}) failed, attempt {Attempt}", message.Id, message.Type, attempts);
            await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, nextAttempt)
                    .SetProperty(m => m.LastError, ex.Message)
                    .SetProperty(m => m.FailedAt, giveUp ? failedAt : null)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
            return false;
        }
    }

    // 30 s, 1 min, 2 min ... capped at 1 h.
    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempts - 1)));
}
