using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;
using ShopCrm.Core.Modules;
using ShopCrm.Core.Security;

namespace ShopCrm.Web.Api;

// The e-shop's door into ShopCrm. Every route sits under /api/v1, authenticates with an API key and
// needs the scope (permission) the key was given; modules add their routes to the same group.
public static class SiteApi
{
    public static RouteGroupBuilder MapSiteApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ShopClaims.ApiKeyScheme })
            .WithMetadata(new RequestSizeLimitAttribute(InputLimits.MaxRequestBodyBytes))
            .WithTags("Site");

        api.MapGet("/shop", async (IDbContextFactory<ShopDbContext> contexts, CancellationToken ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var profile = await db.CompanyProfiles.AsNoTracking().SingleOrDefaultAsync(ct);
                return profile is null
                    ? Results.Problem(title: "The shop profile is not set up yet.", statusCode: StatusCodes.Status404NotFound)
                    : Results.Ok(new ShopProfileDto(profile.Name, profile.Email, profile.Phone, profile.Currency, profile.TimeZone, profile.Culture));
            })
            .RequirePermission(CorePermissions.SiteShopRead)
            .WithName("GetShopProfile")
            .WithSummary("The shop's public profile: name, contacts, currency, time zone.");

        foreach (var module in endpoints.ServiceProvider.GetRequiredService<ShopModuleCatalog>().Modules)
        {
            module.SiteApi?.Invoke(api);
        }

        return api;
    }
}
