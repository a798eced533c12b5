using ShopCrm.Core.Data;

namespace ShopCrm.Tests.Security;

// One attacked app per provider for a test class, started when a test first asks for it.
public sealed class SiteApiApps : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, Task<SiteApiApp>> apps = [];
    private readonly Lock gate = new();

    public Task<SiteApiApp> ForAsync(DatabaseProvider provider)
    {
        lock (gate)
        {
            if (!apps.TryGetValue(provider, out var app))
            {
                app = SiteApiApp.StartAsync(provider);
                apps[provider] = app;
            }

            return app;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values)
        {
            await (await app).DisposeAsync();
        }
    }
}
