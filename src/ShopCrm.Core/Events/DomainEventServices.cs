using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ShopCrm.Core.Events;

public static class DomainEventServices
{
    // A module subscribes a handler here; the handler is a singleton (it makes its own contexts).
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent
        where THandler : class, IDomainEventHandler<TEvent>
    {
        services.TryAddSingleton<THandler>();
        services.AddSingleton(new DomainEventSubscription(
            typeof(TEvent),
            typeof(TEvent).Name,
            typeof(THandler).Name,
            (provider, domainEvent, ct) => provider.GetRequiredService<THandler>().HandleAsync((TEvent)domainEvent, ct)));
        return services;
    }
}
