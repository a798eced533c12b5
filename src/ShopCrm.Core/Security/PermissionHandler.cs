using Microsoft.AspNetCore.Authorization;

namespace ShopCrm.Core.Security;

public sealed class PermissionHandler(PermissionStore store) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await store.HasPermissionAsync(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
