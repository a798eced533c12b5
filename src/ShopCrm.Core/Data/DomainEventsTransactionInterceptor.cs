using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ShopCrm.Core.Data;

// Events raised inside an explicit transaction wait for its commit and vanish with a rollback.
public sealed class DomainEventsTransactionInterceptor : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ShopDbContext db)
        {
            await db.DispatchEventsAsync(cancellationToken);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ShopDbContext)?.DiscardEvents();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ShopDbContext)?.DiscardEvents();
}
