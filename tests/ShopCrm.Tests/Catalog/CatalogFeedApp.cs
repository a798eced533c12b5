using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

// A migrated database (CoreHost, for the builders) and the whole app over the same database, without
// demo data, so the feed holds exactly the models a test writes.
public sealed class CatalogFeedApp : IAsyncDisposable
{
    private CatalogFeedApp(CoreHost host, WebAppFactory factory)
    {
        Host = host;
        Factory = factory;
    }

    public CoreHost Host { get; }

    public WebAppFactory Factory { get; }

    public static async Task<CatalogFeedApp> StartAsync(DatabaseProvider provider)
    {
        var host = await CoreHost.StartAsync(provider);
        var factory = new WebAppFactory
        {
            Provider = provider,
            ConnectionString = host.Database.ConnectionString,
            Settings = new Dictionary<string, string> { ["Demo:SeedOnFirstRun"] = "false" },
        };
        _ = factory.Server;
        return new CatalogFeedApp(host, factory);
    }

    public async Task<HttpClient> ClientAsync(params string[] scopes)
    {
        var client = Factory.CreateAnonymousClient();
        if (scopes.Length > 0)
        {
            var key = await Factory.Services.GetRequiredService<ApiKeyService>().CreateAsync("e-shop", scopes, "test");
            client.DefaultRequestHeaders.Add("X-Api-Key", key.PlainKey);
        }

        return client;
    }

    public Task<HttpClient> FeedClientAsync() => ClientAsync(CatalogPermissions.SiteFeed);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Host.DisposeAsync();
    }
}
