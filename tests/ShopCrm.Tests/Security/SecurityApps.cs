using ShopCrm.Core.Data;

namespace ShopCrm.Tests.Security;

// One app per provider for a test class, started when a test first asks for it.
public sealed class SecurityApps : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, SecurityApp> apps = [];
    private readonly SemaphoreSlim starting = new(1, 1);

    public async Task<SecurityApp> OnAsync(DatabaseProvider provider)
    {
        await starting.WaitAsync();
        try
        {
            if (!apps.TryGetValue(provider, out var app))
            {
                app = await SecurityApp.StartAsync(provider);
                apps[provider] = app;
            }

            return app;
        }
        finally
        {
            starting.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values)
        {
            await app.DisposeAsync();
        }

        starting.Dispose();
    }
}
