using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ShopCrm.Core.Data;

// The events a transaction wrote become visible with its commit: that is when the delivery worker is woken.
public sealed class DomainEventsTransactionInterceptor : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ShopDbContext)?.Committed();
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ShopDbContext)?.Committed();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ShopDbContext)?.RolledBack();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ShopDbContext)?.RolledBack();
}
