using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Services;
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
        services.AddSingleton(new ShopModule("Catalog", typeof(CatalogModule).Assembly, CatalogPermissions.All, CatalogMenu.Entries));
        services.AddSingleton<CategoryService>();
        services.AddSingleton<SpecificationService>();
        services.AddSingleton<CompletenessRuleService>();
        services.AddSingleton<RatingParameterService>();
        services.AddSingleton<BrandService>();
        services.AddSingleton<TagService>();
        services.AddSingleton<SupplierService>();
        return services;
    }
}
