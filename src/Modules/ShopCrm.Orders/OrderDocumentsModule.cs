using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Orders.Services.Documents;

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
        return services;
    }
}
