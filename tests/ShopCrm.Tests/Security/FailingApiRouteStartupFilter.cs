using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ShopCrm.Tests.Security;

// Adds a route under /api that throws, inside the app's own exception handler, so a test can see what an
// API caller gets when something breaks on the server.
public sealed class FailingApiRouteStartupFilter : IStartupFilter
{
    public const string Path = "/api/v1/test/fail";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, following) => context.Request.Path == Path
            ? throw new InvalidOperationException("Deliberate failure for a test, with a secret: connection string Password=hunter2.")
            : following(context));
    };
}
