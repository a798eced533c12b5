using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Events;
using ShopCrm.Core.Modules;
using ShopCrm.Orders.Api;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Demo;
using ShopCrm.Orders.Handlers;
using ShopCrm.Orders.Services;

namespace ShopCrm.Orders;

public static class OrdersModule
{
    public static WebApplicationBuilder AddOrdersModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddOrdersModule();
        return builder;
    }

    // Everything other modules do when an order changes runs here, after the commit (ADR 0008).
    private static void AddOrderEventHandlers(this IServiceCollection services)
    {
        services.AddDomainEventHandler<OrderPlaced, OrderClientFacts>();
        services.AddDomainEventHandler<OrderStatusChanged, OrderClientFacts>();
        services.AddDomainEventHandler<OrderLinesChanged, OrderClientFacts>();
        services.AddDomainEventHandler<OrderDispatched, OrderStock>();
        services.AddDomainEventHandler<OrderDelivered, OrderStock>();
        services.AddDomainEventHandler<OrderCancelled, OrderStock>();
        services.AddDomainEventHandler<OrderReturned, OrderStock>();
        services.AddDomainEventHandler<OrderPaid, OrderGiftCards>();
        services.AddDomainEventHandler<OrderDispatched, OrderGiftCards>();
        services.AddDomainEventHandler<OrderDelivered, OrderGiftCards>();
        services.AddDomainEventHandler<OrderCancelled, OrderGiftCards>();
        services.AddDomainEventHandler<OrderReturned, OrderGiftCards>();
    }

    public static IServiceCollection AddOrdersModule(this IServiceCollection services)
    {
        services.AddSingleton(new ShopModule("Orders", typeof(OrdersModule).Assembly, OrderPermissions.All, OrderMenu.Entries)
        {
            SiteApi = OrderApi.Map,
            Endpoints = OrderDocumentDownloads.Map,
        });

        // Settings replaces this with the shop's promotions.
        services.TryAddSingleton<IOrderDiscounts, NoOrderDiscounts>();
        services.AddSingleton<OrderPricing>();
        services.AddSingleton<OrderService>();
        services.AddScoped<IDemoDataSeeder, OrdersDemoSeeder>();
        services.AddSingleton<OrderWorkflow>();
        services.AddSingleton<OrderLineEditor>();
        services.AddSingleton<IClientDataParticipant, OrderClientData>();
        services.AddOrderEventHandlers();
        services.AddOrderDocuments();
        services.AddOrderWebhooks();
        return services;
    }
}
