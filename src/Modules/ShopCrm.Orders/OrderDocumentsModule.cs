using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Jobs;
using ShopCrm.Orders.Jobs;
using ShopCrm.Orders.Services.Documents;
using ShopCrm.Orders.Services.Unpaid;

namespace ShopCrm.Orders;

// Documents, mails about them and the unpaid-order automation: registered apart from the order workflow.
public static class OrderDocumentsModule
{
    public static IServiceCollection AddOrderDocuments(this IServiceCollection services)
    {
        services.AddOptions<OrderDocumentOptions>().BindConfiguration(OrderDocumentOptions.Section);
        services.AddSingleton<OrderDocuments>();
        services.AddSingleton<PickingLists>();
        services.AddScoped<OrderDocumentMails>();
        services.AddOptions<UnpaidOrderOptions>().BindConfiguration(UnpaidOrderOptions.Section);
        services.AddScoped<UnpaidOrders>();
        services.AddRecurringJob<UnpaidOrdersJob>(TimeSpan.FromHours(1));
        return services;
    }
}
