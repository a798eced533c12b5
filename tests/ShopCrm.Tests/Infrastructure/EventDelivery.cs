using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Events;

namespace ShopCrm.Tests.Infrastructure;

// Handlers run after the commit in the background; a test that checks their effects first delivers
// everything due, and waits for deliveries the app's own worker is running at that moment.
public static class EventDelivery
{
    public static Task<int> DeliverEventsAsync(this IServiceProvider services) =>
        services.GetRequiredService<DomainEventDispatcher>().DeliverUntilIdleAsync(TimeSpan.FromSeconds(30));

    public static Task<int> DeliverEventsAsync(this CoreHost host) => host.Services.DeliverEventsAsync();

    public static Task<int> DeliverEventsAsync<TEntryPoint>(this WebApplicationFactory<TEntryPoint> app)
        where TEntryPoint : class => app.Services.DeliverEventsAsync();
}
