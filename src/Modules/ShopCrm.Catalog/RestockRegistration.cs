using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Jobs;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Restock;
using ShopCrm.Catalog.Services.Suppliers;
using ShopCrm.Core.Jobs;

namespace ShopCrm.Catalog;

// The restock part of the catalog: the hourly job, purchase orders and their mails.
internal static class RestockRegistration
{
    public static IServiceCollection AddRestock(this IServiceCollection services, IConfiguration? configuration)
    {
        // The schedule is fixed when Quartz is set up, so the interval is read here rather than from IOptions.
        var options = new RestockOptions();
        configuration?.GetSection(RestockOptions.Section).Bind(options);
        services.AddOptions<RestockOptions>().BindConfiguration(RestockOptions.Section);
        services.AddScoped<RestockMails>();
        services.AddScoped<PurchaseOrderService>();
        services.AddRecurringJob<RestockJob>(TimeSpan.FromMinutes(Math.Max(1, options.IntervalMinutes)));
        return services;
    }
}
