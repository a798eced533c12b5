using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using ShopCrm.Core.Security;

namespace ShopCrm.Web.Hosting;

// A refusal is answered in the form the caller can read: a page (a Razor component a person navigates to)
// redirects to the access-denied page as before, while an endpoint that a page fetches or a link
// downloads (uploads, images, CSV and PDF files) answers 403 problem details, so that a script or an
// integrator sees a refusal and not a 302 to an HTML page.
public static class Refusals
{
    public static bool IsPage(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    public static void UseForCookies(CookieAuthenticationOptions options)
    {
        var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToAccessDenied = context => IsPage(context.HttpContext)
            ? redirectToAccessDenied(context)
            : WriteForbiddenAsync(context.HttpContext, RequiredPermission(context.HttpContext));
    }

    public static async Task WriteForbiddenAsync(HttpContext http, string? permission, string? detail = null)
    {
        var guard = http.RequestServices.GetRequiredService<PermissionGuard>();
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Not allowed",
                Detail = detail ?? (permission is null
                    ? "You do not have the permission this needs."
                    : $"You do not have the permission \"{guard.DescriptionOf(permission)}\"."),
            },
        });
    }

    private static string? RequiredPermission(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(a => a.Policy)
            .FirstOrDefault(p => p?.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal) == true)?[PermissionPolicy.Prefix.Length..];
}
