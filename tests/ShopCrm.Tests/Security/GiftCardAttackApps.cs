using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Security;

// The whole app with the demo accounts, once per provider for the gift card attack tests; started on first
// use, so a missing PostgreSQL fails the PostgreSQL cases loudly and leaves the SQLite ones alone.
public sealed class GiftCardAttackApps : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, (TestDatabase Database, WebAppFactory Factory)> apps = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<WebAppFactory> ForAsync(DatabaseProvider provider)
    {
        await gate.WaitAsync();
        try
        {
            if (!apps.TryGetValue(provider, out var app))
            {
                var database = await TestDatabase.CreateAsync(provider);
                var factory = new WebAppFactory { Provider = provider, ConnectionString = database.ConnectionString };
                _ = factory.Server;
                app = (database, factory);
                apps[provider] = app;
            }

            return app.Factory;
        }
        finally
        {
            gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (database, factory) in apps.Values)
        {
            await factory.DisposeAsync();
            await database.DisposeAsync();
        }

        gate.Dispose();
    }
}
