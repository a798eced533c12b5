using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Api;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Demo;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Jobs;
using ShopCrm.Catalog.Pages;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Completeness;
using ShopCrm.Catalog.Services.Duplicates;
using ShopCrm.Catalog.Services.Images;
using ShopCrm.Catalog.Services.Products;
using ShopCrm.Catalog.Services.Search;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Catalog.Services.Suppliers;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Imports;
using ShopCrm.Core.Jobs;
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
            SiteApi = CatalogFeedApi.Map,
            Endpoints = MapEndpoints,
            DashboardCards = [new DashboardCard(typeof(RestockDashboardCard), CatalogPermissions.Restock, Order: 340)],
        });

        // Product cards, structure and suppliers.
        services.AddSingleton<ProductService>();
        services.AddSingleton<IProductLookup, ProductLookup>();
        services.AddSingleton<CompletenessService>();
        services.AddSingleton<ProductImageService>();
        services.AddSingleton<CategoryService>();
        services.AddSingleton<SpecificationService>();
        services.AddSingleton<CompletenessRuleService>();
        services.AddSingleton<RatingParameterService>();
        services.AddSingleton<BrandService>();
        services.AddSingleton<TagService>();
        services.AddSingleton<SupplierService>();
        services.AddSingleton<ICategoryTree, CategoryTree>();

        // Stock.
        services.AddSingleton<IStockReservations, StockReservations>();
        services.AddSingleton<StockService>();
        services.AddSingleton<IStockReturns>(provider => provider.GetRequiredService<StockService>());
        services.AddSingleton<IStockAvailability, StockAvailability>();
        services.AddSingleton<StockLedgerCheck>();
        services.AddSingleton<GoodsReceiptService>();
        services.AddSingleton<WarehouseService>();
        services.AddRecurringJob<StockLedgerCheckJob>(TimeSpan.FromDays(1));
        services.AddRestock(configuration);

        // Imports, the site feed and duplicates.
        services.AddImport<CatalogImport, CatalogImportSteps>();
        services.AddSingleton<CatalogImportService>();
        services.AddSingleton<CatalogSearch>();
        services.AddSingleton<DuplicateFinder>();
        services.AddSingleton<ProductMerge>();

        services.AddScoped<IDemoDataSeeder, CatalogDemoSeeder>();
        return services;
    }

    private static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ProductImageEndpoints.Map(endpoints);
        PurchaseOrderDownloads.Map(endpoints);
        CatalogImportEndpoints.Map(endpoints);
    }
}
