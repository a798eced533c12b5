using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Events;

// Adds the events of one SaveChanges to it, inside its transaction: the event row, one delivery per
// subscribed handler, and the aggregate's next sequence numbers.
internal static class DomainEventWriter
{
    public static async Task StageAsync(ShopDbContext db, IReadOnlyList<IDomainEvent> events, DomainEventSubscriptions subscriptions, DateTime now, CancellationToken ct)
    {
        foreach (var aggregate in events.GroupBy(e => e.AggregateKey))
        {
            var key = aggregate.Key;
            var count = aggregate.Count();
            var sequence = await ReserveSequencesAsync(db, key, count, ct) - count;
            foreach (var domainEvent in aggregate)
            {
                sequence++;
                var stored = new StoredDomainEvent
                {
                    Type = domainEvent.GetType().Name,
                    AggregateKey = key,
                    Sequence = sequence,
                    Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType()),
                    OccurredAt = now,
                };
                foreach (var subscription in subscriptions.For(domainEvent.GetType()))
                {
                    stored.Deliveries.Add(new DomainEventDelivery { Handler = subscription.Handler, AggregateKey = key, Sequence = sequence, NextAttemptAt = now });
                }

                db.Add(stored);
            }
        }
    }

    // One statement for both providers. On PostgreSQL the row lock makes a second transaction for the same
    // aggregate wait for the first one's commit; SQLite has one writer at a time anyway.
    private static async Task<long> ReserveSequencesAsync(ShopDbContext db, string aggregateKey, int count, CancellationToken ct)
    {
        var last = await db.Database.SqlQuery<long>(
            $"""
            INSERT INTO "AggregateSequences" ("AggregateKey", "LastSequence") VALUES ({aggregateKey}, {(long)count})
            ON CONFLICT ("AggregateKey") DO UPDATE SET "LastSequence" = "AggregateSequences"."LastSequence" + {(long)count}
            RETURNING "LastSequence" AS "Value"
            """).ToListAsync(ct);
        return last.Single();
    }
}
