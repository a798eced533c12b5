using Microsoft.Extensions.Logging;
using Quartz;
using ShopCrm.Clients.Services;

namespace ShopCrm.Clients.Jobs;

// Daily: the cached client statistics against the order facts, categories as time passes, RFM scores.
// Drift is corrected and logged as an error for the administrator: it means a bug or a hand edit.
[DisallowConcurrentExecution]
internal sealed partial class ClientStatisticsCheckJob(ClientStatisticsCheck check, ILogger<ClientStatisticsCheckJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await check.RunAsync(cancellationToken);
        foreach (var drift in result.Examples)
        {
            LogDrift(drift.ClientId, drift.CachedOrders, drift.CachedTotalMinor, drift.FactOrders, drift.FactTotalMinor);
        }

        LogChecked(result.Drifted, result.CategoryChanges);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Client #{ClientId}: cached {CachedOrders} orders / {CachedTotalMinor} but the order facts say {FactOrders} / {FactTotalMinor}; corrected")]
    private partial void LogDrift(int clientId, int cachedOrders, long cachedTotalMinor, int factOrders, long factTotalMinor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Client statistics checked: {Drifted} clients drifted and were corrected, {CategoryChanges} category changes")]
    private partial void LogChecked(int drifted, int categoryChanges);
}
