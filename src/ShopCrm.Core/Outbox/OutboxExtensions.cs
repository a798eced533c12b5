using System.Text.Json;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Outbox;

public static class OutboxExtensions
{
    public static OutboxMessage Enqueue<TPayload>(this ShopDbContext db, string type, TPayload payload, DateTime now, string? key = null)
    {
        var message = new OutboxMessage
        {
            Type = type,
            Key = key,
            Payload = JsonSerializer.Serialize(payload),
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}
