using Microsoft.AspNetCore.Components.Endpoints;

namespace ShopCrm.Web.Hosting;

// Which requests are answered with RFC 7807 problem details rather than the friendly HTML pages: every
// endpoint that is not a page (the site API, uploads, downloads, images), and anything under /api.
public static class ProblemRequests
{
    public static bool AnswersWithProblems(PathString path, Endpoint? endpoint) =>
        path.StartsWithSegments("/api")
        || (endpoint is not null && endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is null);
}
