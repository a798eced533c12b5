using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShopCrm.BrowserTests.Infrastructure;

// The real app on a real Kestrel port (the browser cannot talk to TestServer), over a fresh SQLite
// database in a temp folder with the demo accounts seeded, sending its mail through the outbox to a real
// SMTP server, on a clock the tests can move forward.
public sealed class ShopCrmAppFactory(int smtpPort) : WebApplicationFactory<Program>
{
    public AdvancingClock Clock { get; } = new();

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("shopcrm-browser-").FullName;

    public Uri StartOnFreePort()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel started without an http address: " + string.Join(", ", addresses));
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Data:Folder", DataFolder);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", "");
        builder.UseSetting("Demo:SeedOnFirstRun", "true");
        builder.UseSetting("Email:Mode", "Smtp");
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:FromAddress", "sklep@shopcrm.test");

        // Queued mail goes out within two seconds instead of the production ten.
        builder.UseSetting("Outbox:IntervalSeconds", "2");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
