using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShopCrm.Core.Events;

// The data is already committed when handlers run, so a failing handler is logged and the others still
// run; a handler whose work must not be lost writes to the outbox inside the original transaction.
public sealed class DomainEventDispatcher(IServiceScopeFactory scopes, ILogger<DomainEventDispatcher> logger)
{
    public async Task DispatchAsync(IReadOnlyList<IDomainEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        foreach (var domainEvent in events)
        {
            var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
            foreach (var handler in scope.ServiceProvider.GetServices(handlerType))
            {
                try
                {
                    await (Task)handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!
                        .Invoke(handler, [domainEvent, ct])!;
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Handler {Handler} failed for {Event}", handler!.GetType().Name, domainEvent.GetType().Name);
                }
            }
        }
    }
}
