using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Events;
using ShopCrm.Core.Outbox;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Handlers;
using ShopCrm.Orders.Services.Webhooks;

namespace ShopCrm.Orders;

// The signed status calls to the e-shop. A Url without a usable Secret stops the app at start, because
// an unsigned or badly signed call would only be refused by the shop, again and again.
public static class OrderWebhooksModule
{
    public static IServiceCollection AddOrderWebhooks(this IServiceCollection services)
    {
        services.AddOptions<OrderWebhookOptions>()
            .BindConfiguration(OrderWebhookOptions.Section)
            .Validate(
                o => !o.IsEnabled || Uri.TryCreate(o.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https",
                "Orders:Webhook:Url must be an absolute http or https address.")
            .Validate(
                o => !o.IsEnabled || o.Secret is { Length: >= 16 },
                "Orders:Webhook:Secret must be set (at least 16 characters) when Orders:Webhook:Url is; keep it in user secrets or the environment.")
            .ValidateOnStart();
        services.AddDomainEventHandler<OrderStatusChanged, OrderStatusWebhooks>();
        services.AddSingleton<IOutboxHandler, OrderWebhookHandler>();
        services.AddHttpClient(OrderWebhookHandler.ClientName);
        return services;
    }
}
