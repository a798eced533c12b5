using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Certificates.Domain;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Api;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Orders.Domain;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Security;

// The whole app over a fresh database of its own, without demo data, with what the attacks aim at: a
// published priced model in stock, an unpublished one at price 0, a gift card series of a chosen value
// and one of a fixed value, an Owner who can upload, and a key with every scope the site API declares.
public sealed class SiteApiApp : IAsyncDisposable
{
    public const string OwnerEmail = "owner@attack.test";
    public const string OwnerPassword = "attack-test-password-2026";

    private readonly Uri? serverAddress;

    private SiteApiApp(TestDatabase database, WebAppFactory factory, Uri? serverAddress)
    {
        Database = database;
        Factory = factory;
        this.serverAddress = serverAddress;
    }

    public TestDatabase Database { get; }

    public WebAppFactory Factory { get; }

    public string PublishedSku { get; private set; } = "";

    public string DraftSku { get; private set; } = "";

    public int ChosenValueSeriesId { get; private set; }

    public int FixedValueSeriesId { get; private set; }

    public string ApiKey { get; private set; } = "";

    // realServer: Kestrel on a free port, for the limits Kestrel enforces (request body sizes) that the
    // in-memory test server does not.
    public static async Task<SiteApiApp> StartAsync(DatabaseProvider provider, bool realServer = false, string environment = "Testing")
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new WebAppFactory
        {
            Provider = provider,
            ConnectionString = database.ConnectionString,
            Environment = environment,
            Settings = new Dictionary<string, string>
            {
                ["Demo:SeedOnFirstRun"] = "false",
                ["Owner:Email"] = OwnerEmail,
                ["Owner:Password"] = OwnerPassword,
            },
        };
        if (realServer)
        {
            factory.UseKestrel(0);
        }

        factory.StartServer();
        var address = realServer
            ? new Uri(factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First())
            : null;
        var app = new SiteApiApp(database, factory, address);
        await app.SeedAsync();
        return app;
    }

    // Over the real server the factory's own clients follow redirects and lose cookies, so a plain one is
    // used. It asks before sending a body (Expect: 100-continue), as uploaders should, so a body refused
    // for its size is answered instead of being cut off mid-upload.
    public HttpClient AnonymousClient()
    {
        if (serverAddress is null)
        {
            return Factory.CreateAnonymousClient();
        }

        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, Expect100ContinueTimeout = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = serverAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
        client.DefaultRequestHeaders.ExpectContinue = true;
        return client;
    }

    public HttpClient ApiClient()
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    // Signed in as the Owner, with the antiforgery token the upload pages send in a header.
    public async Task<HttpClient> OwnerClientAsync()
    {
        var client = AnonymousClient();
        var login = await WebAppFactory.PostLoginAsync(client, OwnerEmail, OwnerPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var page = await client.GetStringAsync("/account/change-password");
        client.DefaultRequestHeaders.Add("RequestVerificationToken", AntiforgeryField.TokenIn(page));
        return client;
    }

    // Every /api/v1 route the app maps, so a new endpoint is attacked too.
    public IReadOnlyList<RouteEndpoint> ApiEndpoints() =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal) == true)
            .ToList();

    public Task<ShopDbContext> NewContextAsync() =>
        Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();

    // What a refused request must leave as it was.
    public async Task<string> WrittenRowsAsync()
    {
        await using var db = await NewContextAsync();
        var counts = new[]
        {
            ("orders", await db.Set<Order>().CountAsync()),
            ("order lines", await db.Set<OrderLine>().CountAsync()),
            ("status changes", await db.Set<OrderStatusChange>().CountAsync()),
            ("clients", await db.Set<Client>().CountAsync()),
            ("consent changes", await db.Set<ClientConsentChange>().CountAsync()),
            ("gift cards", await db.Set<Certificate>().CountAsync()),
            ("gift card transactions", await db.Set<CertificateTransaction>().CountAsync()),
            ("audit", await db.Set<AuditEntry>().CountAsync()),
            ("reserved", await db.Set<ProductStock>().SumAsync(s => s.Reserved)),
        };
        return string.Join(", ", counts.Select(c => $"{c.Item1} {c.Item2}"));
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        await using (var db = await NewContextAsync())
        {
            var category = new Category { Name = "Wędki" };
            db.Add(category);
            await db.SaveChangesAsync();
            category.Path = $"/{category.Id}/";
            var published = new Product { Sku = "ATT-PUBLISHED", Name = "Wędka spinningowa", CategoryId = category.Id, NetPriceMinor = 10_000, GrossPriceMinor = 12_300, Status = ProductStatus.Active, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            var draft = new Product { Sku = "ATT-DRAFT", Name = "Kołowrotek bez ceny", CategoryId = category.Id, NetPriceMinor = 0, GrossPriceMinor = 0, Status = ProductStatus.Draft, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.AddRange(published, draft);
            var warehouse = new Warehouse { Code = "ATT", Name = "Magazyn", IsDefault = true };
            db.Add(warehouse);
            var chosen = new CertificateSeries { Name = "Karta dowolna", FaceValueMinor = null, MinValueMinor = 2_000, MaxValueMinor = 200_000 };
            var fixedValue = new CertificateSeries { Name = "Karta 100", FaceValueMinor = 10_000 };
            db.AddRange(chosen, fixedValue);
            await db.SaveChangesAsync();
            PublishedSku = published.Sku;
            DraftSku = draft.Sku;
            ChosenValueSeriesId = chosen.Id;
            FixedValueSeriesId = fixedValue.Id;
            var received = await Factory.Services.GetRequiredService<StockService>().ReceiveAsync(published.Id, warehouse.Id, 1_000, "Dostawa", null);
            Assert.True(received.Succeeded);
        }

        var scopes = ApiEndpoints()
            .SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>())
            .Select(a => a.Policy)
            .OfType<string>()
            .Where(p => p.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal))
            .Select(p => p[PermissionPolicy.Prefix.Length..])
            .Distinct()
            .ToList();
        Assert.True(scopes.Count >= 5, "the site API's scopes were found");
        ApiKey = (await Factory.Services.GetRequiredService<ApiKeyService>().CreateAsync("attacker", scopes, "test")).PlainKey;
        var check = await ApiClient().GetAsync("/api/v1/shop");
        Assert.NotEqual(HttpStatusCode.Unauthorized, check.StatusCode);
    }
}
