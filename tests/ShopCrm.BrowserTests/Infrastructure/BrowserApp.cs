using Microsoft.Extensions.DependencyInjection;

namespace ShopCrm.BrowserTests.Infrastructure;

// One app and one Chromium for the whole collection; every test gets its own browser context, so
// cookies and logins never leak from one test into another.
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly ShopCrmAppFactory factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserApp() => factory = new ShopCrmAppFactory(Mail.Port);

    public Uri BaseAddress { get; private set; } = default!;

    // The SMTP server the app sends its mail to; each message lands in its Maildir.
    public ShopCrm.Tests.Core.Email.SmtpServerFixture Mail { get; } = new();

    public AdvancingClock Clock => factory.Clock;

    // The app's own services, for what the browser cannot reach: the site's side of the API, or a
    // module that calls another (Orders redeeming a gift card).
    public IServiceProvider Services => factory.Services;

    // An HTTP client as the e-shop: its own API key with the given scopes.
    public async Task<HttpClient> SiteClientAsync(params string[] scopes)
    {
        var key = await Services.GetRequiredService<ShopCrm.Core.Api.ApiKeyService>().CreateAsync($"Test site {Guid.NewGuid():N}", scopes, "browser tests");
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key.PlainKey);
        return client;
    }

    public async Task InitializeAsync()
    {
        var executable = Chromium.ExecutablePath();
        BaseAddress = factory.StartOnFreePort();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Arguments,
        });
        SetDefaultExpectTimeout(15_000);
    }

    public async Task<BrowserSession> OpenSessionAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
            Locale = "pl-PL",
            TimezoneId = "Europe/Warsaw",
        });
        context.SetDefaultTimeout(20_000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
        Mail.Dispose();
    }
}
