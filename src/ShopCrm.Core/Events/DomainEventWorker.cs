using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ShopCrm.Core.Events;

// Delivers events in the background: woken by each commit that wrote some, and every few seconds anyway
// for retries that came due and events another app instance wrote.
public sealed class DomainEventWorker(
    DomainEventDispatcher dispatcher,
    DomainEventSignal signal,
    IOptions<DomainEventOptions> options,
    ILogger<DomainEventWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.IntervalSeconds);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await dispatcher.DeliverDueAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Domain event delivery failed; trying again in {Interval}", interval);
                }

                await signal.WaitAsync(interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
