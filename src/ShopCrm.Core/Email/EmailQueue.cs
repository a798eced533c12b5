using ShopCrm.Core.Data;
using ShopCrm.Core.Outbox;

namespace ShopCrm.Core.Email;

public static class EmailQueue
{
    // Saved with the caller's next SaveChanges, in its transaction.
    public static OutboxMessage EnqueueEmail(this ShopDbContext db, EmailMessage message, DateTime now) =>
        db.Enqueue(EmailOutboxHandler.MessageType, message, now);
}
