using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Events;

namespace ShopCrm.Tests.Infrastructure;

// Handlers run after the commit in the background; a test that checks their effects first delivers
// everything due, and waits for deliveries the app's own worker is running at that moment.
public static class EventDelivery
{
    public static async Task<int> DeliverEventsAsync(this IServiceProvider services)
    {
        var dispatcher = services.GetRequiredService<DomainEventDispatcher>();
        var delivered = 0;
        var giveUpAt = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            delivered += await dispatcher.DeliverDueAsync(CancellationToken.None);
            if (await dispatcher.InFlightAsync() == 0)
            {
                return delivered;
            }

            if (DateTime.UtcNow > giveUpAt)
            {
                throw new TimeoutException("Event deliveries stayed claimed for 30 seconds.");
            }

            await Task.Delay(20);
        }
    }

    public static Task<int> DeliverEventsAsync(this CoreHost host) => host.Services.DeliverEventsAsync();

    public static Task<int> DeliverEventsAsync<TEntryPoint>(this WebApplicationFactory<TEntryPoint> app)
        where TEntryPoint : class => app.Services.DeliverEventsAsync();
}
