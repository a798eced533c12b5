using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ShopCrm.Tests.Infrastructure;

// Adds /test/fail at the end of the app's own pipeline, inside its exception handler, so tests can see
// what a person sees when something breaks.
public sealed class FailingRouteStartupFilter : IStartupFilter
{
    public const string Path = "/test/fail";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, following) => context.Request.Path == Path
            ? throw new InvalidOperationException("Deliberate failure for a test.")
            : following(context));
    };
}
