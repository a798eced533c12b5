using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Events;

// Delivers stored events to their handlers after the commit. Each delivery is claimed by a conditional
// update before its handler runs, so two workers (two app instances, a test draining) never run one
// delivery at once. Only the oldest undelivered event of each handler and aggregate is due: a handler sees
// one aggregate's events in the order they were raised, and one that gave up holds back the later ones
// for that handler only. A handler that fails is retried later without touching the other handlers.
public sealed class DomainEventDispatcher(
    IDbContextFactory<ShopDbContext> contexts,
    DomainEventSubscriptions subscriptions,
    IServiceProvider services,
    TimeProvider time,
    IOptions<DomainEventOptions> options,
    ILogger<DomainEventDispatcher> logger)
{
    // Delivers until nothing is due; answers how many deliveries succeeded.
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var delivered = 0;
        while (true)
        {
            var (attempted, succeeded) = await DeliverBatchAsync(ct);
            delivered += succeeded;
            if (attempted == 0)
            {
                return delivered;
            }
        }
    }

    // Delivers until nothing is due and no other worker holds a delivery (the app's own worker may be running
    // one at this moment, and what follows it becomes due when it finishes): for tests and maintenance.
    public async Task<int> DeliverUntilIdleAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        var delivered = 0;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        while (true)
        {
            delivered += await DeliverDueAsync(limit.Token);
            var now = time.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateDbContextAsync(limit.Token);
            if (!await db.Set<DomainEventDelivery>().AnyAsync(d => d.DeliveredAt == null && d.LockedUntil != null && d.LockedUntil >= now, limit.Token))
            {
                return delivered;
            }

            await Task.Delay(20, limit.Token);
        }
    }

    public async Task<IReadOnlyList<DomainEventDelivery>> GivenUpAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<DomainEventDelivery>().AsNoTracking().Where(d => d.FailedAt != null).OrderBy(d => d.EventId).ToListAsync(ct);
    }

    // A person fixed what made the handler fail: it is tried again now, and the later events follow it.
    public async Task<bool> RetryAsync(long eventId, string handler, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Set<DomainEventDelivery>()
            .Where(d => d.EventId == eventId && d.Handler == handler && d.FailedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.FailedAt, (DateTime?)null).SetProperty(d => d.Attempts, 0).SetProperty(d => d.NextAttemptAt, now), ct) == 1;
    }

    private async Task<(int Attempted, int Succeeded)> DeliverBatchAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var deliveries = db.Set<DomainEventDelivery>();
        var due = await deliveries.AsNoTracking()
            .Where(d => d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
            .Where(d => !deliveries.Any(e => e.Handler == d.Handler && e.AggregateKey == d.AggregateKey && e.Sequence < d.Sequence && e.DeliveredAt == null))
            .OrderBy(d => d.EventId)
            .Take(settings.BatchSize)
            .Join(db.Set<StoredDomainEvent>(), d => d.EventId, e => e.Id, (d, e) => new Due(d.EventId, d.Handler, d.Attempts, e.Type, e.Payload))
            .ToListAsync(ct);

        var succeeded = 0;
        foreach (var delivery in due)
        {
            var lockUntil = now.AddSeconds(settings.LockSeconds);
            var claimed = await deliveries
                .Where(d => d.EventId == delivery.EventId && d.Handler == delivery.Handler && d.DeliveredAt == null && (d.LockedUntil == null || d.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedUntil, lockUntil), ct);
            if (claimed == 1 && await TryDeliverAsync(db, delivery, settings, ct))
            {
                succeeded++;
            }
        }

        return (due.Count, succeeded);
    }

    private async Task<bool> TryDeliverAsync(ShopDbContext db, Due delivery, DomainEventOptions settings, CancellationToken ct)
    {
        var row = db.Set<DomainEventDelivery>().Where(d => d.EventId == delivery.EventId && d.Handler == delivery.Handler);
        try
        {
            var subscription = subscriptions.Find(delivery.Type, delivery.Handler)
                ?? throw new InvalidOperationException($"No handler '{delivery.Handler}' is subscribed to '{delivery.Type}'.");
            var domainEvent = (IDomainEvent)JsonSerializer.Deserialize(delivery.Payload, subscription.EventType)!;
            await subscription.Invoke(services, domainEvent, ct);
            var doneAt = time.GetUtcNow().UtcDateTime;
            await row.ExecuteUpdateAsync(s => s.SetProperty(d => d.DeliveredAt, doneAt).SetProperty(d => d.LockedUntil, (DateTime?)null), ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var attempts = delivery.Attempts + 1;
            var failedAt = time.GetUtcNow().UtcDateTime;
            var giveUp = attempts >= settings.MaxAttempts;
            if (giveUp)
            {
                logger.LogError(ex, "Handler {Handler} gave up on event {EventId} ({Type}) after {Attempts} attempts; later events of its aggregate wait for it", delivery.Handler, delivery.EventId, delivery.Type, attempts);
            }
            else
            {
                logger.LogWarning(ex, "Handler {Handler} failed on event {EventId} ({Type}), attempt {Attempt}", delivery.Handler, delivery.EventId, delivery.Type, attempts);
            }

            var error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            var nextAttempt = failedAt + Outbox.OutboxDeliveryJob.RetryDelay(attempts);
            await row.ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Attempts, attempts)
                    .SetProperty(d => d.NextAttemptAt, nextAttempt)
                    .SetProperty(d => d.LastError, error)
                    .SetProperty(d => d.FailedAt, giveUp ? failedAt : null)
                    .SetProperty(d => d.LockedUntil, (DateTime?)null),
                CancellationToken.None);
            return false;
        }
    }

    private sealed record Due(long EventId, string Handler, int Attempts, string Type, string Payload);
}
