using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Clients.Api;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Demo;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Jobs;
using ShopCrm.Clients.Pages;
using ShopCrm.Clients.Services;
using ShopCrm.Clients.Services.Duplicates;
using ShopCrm.Clients.Services.Import;
using ShopCrm.Clients.Services.Privacy;
using ShopCrm.Clients.Services.Segments;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Imports;
using ShopCrm.Core.Jobs;
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
            Endpoints = endpoints =>
            {
                ClientEndpoints.Map(endpoints);
                ClientDataEndpoints.Map(endpoints);
            },
            SiteApi = ClientSiteApi.Map,
            TopBarItems = [typeof(NotificationBell)],
        });

        // The contracts other modules call.
        services.AddSingleton<ClientService>();
        services.AddSingleton<ClientSiteDecisions>();
        services.AddSingleton<IClientDirectory>(sp => sp.GetRequiredService<ClientService>());
        services.AddSingleton<ClientStatisticsWriter>();
        services.AddSingleton<ClientOrderHistory>();
        services.AddSingleton<IClientOrderHistory>(sp => sp.GetRequiredService<ClientOrderHistory>());
        services.AddSingleton<ClientTimeline>();
        services.AddSingleton<IClientTimeline>(sp => sp.GetRequiredService<ClientTimeline>());
        services.AddSingleton<IClientSummaries, ClientSummaries>();

        // Categories, the statistics check and RFM.
        services.AddSingleton<ClientCategoryRulesService>();
        services.AddSingleton<ClientStatisticsCheck>();
        services.AddRecurringJob<ClientStatisticsCheckJob>(TimeSpan.FromDays(1));

        // Tasks and their reminders.
        services.AddScoped<IDemoDataSeeder, ClientsDemoSeeder>();
        services.AddSingleton<ClientTaskService>();
        services.AddScoped<ClientTaskReminders>();
        services.AddSingleton<StaffNotifications>();
        services.AddRecurringJob<ClientTaskReminderJob>(TimeSpan.FromMinutes(1));

        // Segments, contact imports, duplicates and GDPR requests.
        services.AddSingleton<SegmentQuery>();
        services.AddSingleton<SegmentService>();
        services.AddSingleton<SegmentExport>();
        services.AddSingleton<ClientDuplicateFinder>();
        services.AddSingleton<ClientMerge>();
        services.AddSingleton<ClientPrivacy>();
        services.AddImport<ClientImport, ClientImportSteps>();
        services.AddSingleton<ClientImportService>();
        return services;
    }
}
