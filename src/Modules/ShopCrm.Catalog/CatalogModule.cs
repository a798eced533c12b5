using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Api;
using ShopCrm.Catalog.Demo;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Demo;

using ShopCrm.Catalog.Jobs;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Jobs;

using ShopCrm.Catalog.Services;

using ShopCrm.Catalog.Pages;

using ShopCrm.Catalog.Jobs;
using ShopCrm.Catalog.Services;

using ShopCrm.Catalog.Services.Duplicates;
using ShopCrm.Catalog.Services.Search;
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
            Endpoints = ProductImageEndpoints.Map,
        });
        services.AddSingleton<ProductService>();
        services.AddSingleton<CompletenessService>();
        services.AddSingleton<ProductImageService>();
        services.AddScoped<IDemoDataSeeder, CatalogDemoSeeder>();

        services.AddSingleton(new ShopModule("Catalog", typeof(CatalogModule).Assembly, CatalogPermissions.All, CatalogMenu.Entries));
        services.AddSingleton<IStockReservations, StockReservations>();
        services.AddSingleton<StockService>();
        services.AddSingleton<StockLedgerCheck>();
        services.AddSingleton<GoodsReceiptService>();
        services.AddSingleton<WarehouseService>();
        services.AddRecurringJob<StockLedgerCheckJob>(TimeSpan.FromDays(1));

        services.AddSingleton<CategoryService>();
        services.AddSingleton<SpecificationService>();
        services.AddSingleton<CompletenessRuleService>();
        services.AddSingleton<RatingParameterService>();
        services.AddSingleton<BrandService>();
        services.AddSingleton<TagService>();
        services.AddSingleton<SupplierService>();

            Endpoints = PurchaseOrderDownloads.Map,
            DashboardCards = [new DashboardCard(typeof(RestockDashboardCard), CatalogPermissions.Restock, Order: 340)],
        });
        services.AddRestock(configuration);

            Endpoints = CatalogImportEndpoints.Map,
        });
        services.AddSingleton<CatalogImportQueue>();
        services.AddSingleton<CatalogImportProgress>();
        services.AddSingleton<CatalogImportService>();
        services.AddSingleton<CatalogImportRunner>();
        services.AddHostedService<CatalogImportWorker>();

            SiteApi = CatalogFeedApi.Map,
        });
        services.AddSingleton<CatalogSearch>();
        services.AddSingleton<DuplicateFinder>();
        services.AddSingleton<ProductMerge>();
        return services;
    }
}
