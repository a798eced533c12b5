using Microsoft.AspNetCore.Identity;
using ShopCrm.Core.Identity;

namespace ShopCrm.Web.Hosting;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post with the antiforgery token, so a link on another site cannot log the user out.
        endpoints.MapPost("/account/logout", async (SignInManager<ShopUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/login");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
