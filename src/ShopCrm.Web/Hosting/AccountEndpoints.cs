using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using ShopCrm.Core.Identity;

namespace ShopCrm.Web.Hosting;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post with the antiforgery token, so a form on another site cannot log the user out. Minimal
        // API endpoints that bind no form are not checked by the antiforgery middleware, hence the explicit check.
        // A new security stamp ends this session on the server too: a copy of the cookie is refused afterwards.
        endpoints.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, UserManager<ShopUser> users, SignInManager<ShopUser> signIn) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The log-out form has expired or came from another site.");
                }

                if (await users.GetUserAsync(context.User) is { } user)
                {
                    await users.UpdateSecurityStampAsync(user);
                }

                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/login");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
