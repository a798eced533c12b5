using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ShopCrm.Tests.Security;

// The test server has no TCP peer; this plays the connection's remote address (what Kestrel would set),
// so a test can act from several client addresses. Only the tests register it.
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Connection-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextStep) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                context.Request.Headers.Remove(Header);
            }

            return nextStep(context);
        });
        next(app);
    };
}
