using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ShopCrm.Core.Api;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;
using ShopCrm.Core.Events;
using ShopCrm.Core.Formatting;
using ShopCrm.Core.Jobs;
using ShopCrm.Core.Modules;
using ShopCrm.Core.Outbox;
using ShopCrm.Core.Pdf;
using ShopCrm.Core.Security;
using ShopCrm.Core.Time;

namespace ShopCrm.Core;

public static class CoreServices
{
    public static IServiceCollection AddShopCrmCore(this IServiceCollection services, IConfiguration configuration, DataFolder dataFolder)
    {
        PdfKit.Initialize();
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(database);
        services.AddSingleton(dataFolder);
        services.AddShopDatabase(database.Provider, ShopDatabase.ResolveConnectionString(database, dataFolder));
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ApiKeyService>();

        services.AddSingleton(TimeProvider.System);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["Shop:TimeZone"] ?? "Europe/Warsaw");
        services.AddSingleton(sp => new ShopClock(sp.GetRequiredService<TimeProvider>(), zone));
        services.AddSingleton(sp => new ShopFormat(ShopFormat.CultureOf(configuration["Shop:Culture"]), sp.GetRequiredService<ShopClock>()));

        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentUser, CurrentUser>();
        services.Configure<DomainEventOptions>(configuration.GetSection("DomainEvents"));
        services.AddSingleton<DomainEventSubscriptions>();
        services.AddSingleton<DomainEventSignal>();
        services.AddSingleton<DomainEventDispatcher>();
        services.AddHostedService<DomainEventWorker>();
        services.AddSingleton<ShopModuleCatalog>();
        services.AddSingleton(new ShopModule("Core", typeof(CoreServices).Assembly, CorePermissions.All, []));

        services.AddMemoryCache();
        services.AddSingleton<PermissionStore>();
        services.AddSingleton<PermissionGuard>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();

        services.AddShopCrmEmail(configuration);
        services.PostConfigure<EmailOptions>(o => o.PickupDirectory = string.IsNullOrWhiteSpace(o.PickupDirectory)
            ? dataFolder.Combine("mail")
            : Path.Combine(dataFolder.Path, o.PickupDirectory));
        services.AddSingleton<IOutboxHandler, EmailOutboxHandler>();

        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddQuartz();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        var outbox = configuration.GetSection("Outbox").Get<OutboxOptions>() ?? new OutboxOptions();
        services.AddRecurringJob<OutboxDeliveryJob>(TimeSpan.FromSeconds(outbox.IntervalSeconds));
        return services;
    }
}
