using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Api;
using ShopCrm.Catalog.Services.Duplicates;
using ShopCrm.Catalog.Services.Search;
using ShopCrm.Core.Modules;

namespace ShopCrm.Catalog;

public static class CatalogModule
{
    public static WebApplicationBuilder AddCatalogModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddCatalogModule();
        return builder;
    }

    public static IServiceCollection AddCatalogModule(this IServiceCollection services)
    {
        services.AddSingleton(new ShopModule("Catalog", typeof(CatalogModule).Assembly, CatalogPermissions.All, CatalogMenu.Entries)
        {
            SiteApi = CatalogFeedApi.Map,
        });
        services.AddSingleton<CatalogSearch>();
        services.AddSingleton<DuplicateFinder>();
        services.AddSingleton<ProductMerge>();
        return services;
    }
}
