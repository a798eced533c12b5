using System.Globalization;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Tests.Core.Email;

namespace ShopCrm.BrowserTests.Infrastructure;

// A second app for what happens days later: its clock is moved by the test, and its mail goes to the real
// SMTP server, whose Maildir the test reads. Kept apart so that moving time never disturbs other tests.
public sealed class ClockedBrowserApp : IAsyncLifetime
{
    public ClockedBrowserApp()
    {
        Smtp = new SmtpServerFixture();
        App = new BrowserApp(new ShopCrmAppFactory(builder =>
        {
            builder.UseSetting("Email:Mode", "Smtp");
            builder.UseSetting("Email:Host", "127.0.0.1");
            builder.UseSetting("Email:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Email:FromAddress", "sklep@shopcrm.test");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }));
    }

    public ShiftedClock Clock { get; } = new();

    public SmtpServerFixture Smtp { get; }

    public BrowserApp App { get; }

    public Task InitializeAsync() => App.InitializeAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Smtp.Dispose();
    }
}
