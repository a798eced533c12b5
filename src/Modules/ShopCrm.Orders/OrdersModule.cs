using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Modules;
using ShopCrm.Orders.Api;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Demo;
using ShopCrm.Orders.Services;

namespace ShopCrm.Orders;

public static class OrdersModule
{
    public static WebApplicationBuilder AddOrdersModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddOrdersModule();
        return builder;
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
        services.AddSingleton<OrderClientFacts>();
        services.AddSingleton<OrderService>();
        services.AddScoped<IDemoDataSeeder, OrdersDemoSeeder>();
        services.AddSingleton<OrderWorkflow>();
        services.AddSingleton<OrderLineEditor>();
        services.AddSingleton<IClientDataParticipant, OrderClientData>();
        services.AddOrderDocuments();
        services.AddOrderWebhooks();
        return services;
    }
}
