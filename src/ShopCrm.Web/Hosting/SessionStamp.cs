using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ShopCrm.Core.Data;

namespace ShopCrm.Web.Hosting;

// A session is current while the security stamp it was issued with is still the person's stamp (logging
// out, changing the password and disabling the account all replace the stamp). Read with a fresh context: a circuit's scoped UserManager would answer from
// the user it tracked when the circuit opened.
public sealed class SessionStamp(IDbContextFactory<ShopDbContext> contexts, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        var claims = identity.Value.ClaimsIdentity;
        var userId = user.FindFirstValue(claims.UserIdClaimType);
        var stamp = user.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => u.SecurityStamp)
            .SingleOrDefaultAsync(ct);
        return account == stamp;
    }
}
