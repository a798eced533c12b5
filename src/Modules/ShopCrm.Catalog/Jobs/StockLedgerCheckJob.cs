using Microsoft.Extensions.Logging;
using Quartz;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;

namespace ShopCrm.Catalog.Jobs;

// Daily: every cached stock row against the sums of its ledger. A difference means a bug or a hand edit of
// the database; it is logged as an error for the administrator, never silently corrected.
[DisallowConcurrentExecution]
internal sealed partial class StockLedgerCheckJob(StockLedgerCheck check, ILogger<StockLedgerCheckJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var drift = await check.FindDriftAsync(cancellationToken);
        foreach (var row in drift)
        {
            LogDrift(row.Sku, row.WarehouseId, row.CachedOnHand, row.LedgerOnHand, row.CachedReserved, row.LedgerReserved);
        }

        var availability = await check.FindAvailabilityDriftAsync(cancellationToken);
        foreach (var row in availability)
        {
            LogAvailabilityDrift(row.Sku, row.CachedAvailable, row.StockAvailable);
        }

        LogChecked(drift.Count + availability.Count);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Model {Sku}: cached availability {CachedAvailable} but its stock rows sum to {StockAvailable}")]
    private partial void LogAvailabilityDrift(string sku, int cachedAvailable, int stockAvailable);

    [LoggerMessage(Level = LogLevel.Error, Message = "Model {Sku} in warehouse {WarehouseId}: on hand {CachedOnHand} but the ledger sums to {LedgerOnHand}; reserved {CachedReserved} but the ledger sums to {LedgerReserved}")]
    private partial void LogDrift(string sku, int warehouseId, int cachedOnHand, int ledgerOnHand, int cachedReserved, int ledgerReserved);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stock checked against its ledger: {Count} rows differ")]
    private partial void LogChecked(int count);
}
