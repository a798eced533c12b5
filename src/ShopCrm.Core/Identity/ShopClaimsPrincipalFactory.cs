using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ShopCrm.Core.Identity;

// Puts the person's full name into the sign-in cookie, so the header greets "Anna Właścicielska"
// without a database read on every page.
public sealed class ShopClaimsPrincipalFactory(
    UserManager<ShopUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<ShopUser, IdentityRole>(users, roles, options)
{
    public const string FullNameClaim = "full_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ShopUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.FullName))
        {
            identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        }

        return identity;
    }
}
