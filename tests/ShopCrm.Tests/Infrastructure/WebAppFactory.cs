using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;

namespace ShopCrm.Tests.Infrastructure;

// The whole app in process over a fresh database with the demo accounts seeded.
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("shopcrm-web-").FullName;

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; init; }

    public string Environment { get; init; } = "Testing";

    public IDictionary<string, string> Settings { get; init; } = new Dictionary<string, string> { ["Demo:SeedOnFirstRun"] = "true" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Data:Folder", folder);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString ?? "");
        builder.UseSetting("Email:Mode", "Pickup");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(folder, "mail"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingRouteStartupFilter>());
    }

    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    // The e-shop's side: a client that sends a fresh API key with the given scopes.
    public async Task<HttpClient> CreateApiClientAsync(string keyName, params string[] scopes)
    {
        var key = await Services.GetRequiredService<ApiKeyService>().CreateAsync(keyName, scopes, "test");
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key.PlainKey);
        return client;
    }

    public async Task<HttpClient> LogInAsync(string email, string password)
    {
        var client = CreateAnonymousClient();
        var response = await PostLoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Logging in as {email} failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryField.TokenIn(page);
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
