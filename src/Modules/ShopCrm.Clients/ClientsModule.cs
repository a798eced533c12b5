using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Clients.Api;
using ShopCrm.Clients.Services.Segments;
using ShopCrm.Core.Modules;

namespace ShopCrm.Clients;

public static class ClientsModule
{
    public static WebApplicationBuilder AddClientsModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddClientsModule();
        return builder;
    }

    public static IServiceCollection AddClientsModule(this IServiceCollection services)
    {
        services.AddSingleton(new ShopModule("Clients", typeof(ClientsModule).Assembly, ClientPermissions.All, ClientMenu.Entries)
        {
            Endpoints = ClientDataEndpoints.Map,
        });

        // Segments, contact imports, duplicates and GDPR requests.
        services.AddSingleton<SegmentQuery>();
        services.AddSingleton<SegmentService>();
        services.AddSingleton<SegmentExport>();
        return services;
    }
}
