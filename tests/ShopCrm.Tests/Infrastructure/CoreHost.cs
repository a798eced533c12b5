using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog;
using ShopCrm.Certificates;
using ShopCrm.Clients;
using ShopCrm.Core;
using ShopCrm.Core.Data;
using ShopCrm.Orders;

namespace ShopCrm.Tests.Infrastructure;

// The shared kernel's services over a real, migrated database, in a generic host without the web part.
// Hosted services (Quartz) run only when a test starts the host.
public sealed class CoreHost : IAsyncDisposable
{
    private bool started;

    private CoreHost(TestDatabase database, IHost host)
    {
        Database = database;
        Host = host;
    }

    public TestDatabase Database { get; }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<CoreHost> StartAsync(
        DatabaseProvider provider,
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Email:Mode"] = "Pickup",
            ["Email:PickupDirectory"] = Path.Combine(database.Folder, "mail"),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddLogging(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddShopCrmCore(builder.Configuration, new DataFolder(database.Folder));

        // Every module, as in Program.cs: the migrations create all their tables.
        builder.Services.AddCatalogModule();
        builder.Services.AddClientsModule();
        builder.Services.AddCertificatesModule();
        builder.Services.AddOrdersModule();
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new CoreHost(database, host);
    }

    public async Task RunHostedServicesAsync()
    {
        await Host.StartAsync();
        started = true;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<ShopDbContext> NewContextAsync() => Get<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        if (started)
        {
            await Host.StopAsync();
        }

        Host.Dispose();
        await Database.DisposeAsync();
    }
}
