using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Clients.Services;
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
        services.AddSingleton(new ShopModule("Clients", typeof(ClientsModule).Assembly, ClientPermissions.All, ClientMenu.Entries));

        // The contracts other modules call.
        services.AddSingleton<ClientService>();
        services.AddSingleton<IClientDirectory>(sp => sp.GetRequiredService<ClientService>());
        services.AddSingleton<ClientStatisticsWriter>();
        services.AddSingleton<ClientOrderHistory>();
        services.AddSingleton<IClientOrderHistory>(sp => sp.GetRequiredService<ClientOrderHistory>());
        services.AddSingleton<ClientTimeline>();
        services.AddSingleton<IClientTimeline>(sp => sp.GetRequiredService<ClientTimeline>());
        return services;
    }
}
