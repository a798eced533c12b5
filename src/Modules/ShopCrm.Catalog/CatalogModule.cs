using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Api;
using ShopCrm.Catalog.Pages;
using ShopCrm.Core.Modules;

namespace ShopCrm.Catalog;

public static class CatalogModule
{
    public static WebApplicationBuilder AddCatalogModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddCatalogModule(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddCatalogModule(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddSingleton(new ShopModule("Catalog", typeof(CatalogModule).Assembly, CatalogPermissions.All, CatalogMenu.Entries)
        {
            Endpoints = PurchaseOrderDownloads.Map,
            DashboardCards = [new DashboardCard(typeof(RestockDashboardCard), CatalogPermissions.Restock, Order: 340)],
        });
        services.AddRestock(configuration);
        return services;
    }
}
