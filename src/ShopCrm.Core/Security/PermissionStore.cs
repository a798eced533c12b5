using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ShopCrm.Core.Data;
using ShopCrm.Core.Modules;

namespace ShopCrm.Core.Security;

// Role grants live in the database so the Owner can change them; they are read on almost every
// request, so they are cached briefly and the cache is dropped whenever a grant changes.
public sealed class PermissionStore(IDbContextFactory<ShopDbContext> contexts, IMemoryCache cache, ShopModuleCatalog modules)
{
    private const string CacheKey = "role-permissions";

    public IReadOnlyList<PermissionDefinition> Declared => modules.Permissions;

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (user.Identity.AuthenticationType == ShopClaims.ApiKeyScheme)
        {
            return user.HasClaim(ShopClaims.Scope, permission);
        }

        if (user.IsInRole(Roles.Owner))
        {
            return true;
        }

        var grants = await GetGrantsAsync();
        return user.FindAll(ClaimTypes.Role).Any(role => grants.Contains((role.Value, permission)));
    }

    public async Task<IReadOnlySet<string>> PermissionsOfAsync(ClaimsPrincipal user)
    {
        var result = new HashSet<string>();
        foreach (var definition in modules.Permissions)
        {
            if (await HasPermissionAsync(user, definition.Name))
            {
                result.Add(definition.Name);
            }
        }

        return result;
    }

    public async Task<IReadOnlySet<string>> PermissionsOfRoleAsync(string role)
    {
        if (role == Roles.Owner)
        {
            return modules.Permissions.Select(p => p.Name).ToHashSet();
        }

        var grants = await GetGrantsAsync();
        return grants.Where(g => g.Role == role).Select(g => g.Permission).ToHashSet();
    }

    public async Task SetGrantAsync(string role, string permission, bool granted)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var existing = await db.RolePermissions.SingleOrDefaultAsync(r => r.RoleName == role && r.Permission == permission);
        if (granted && existing is null)
        {
            db.RolePermissions.Add(new RolePermission { RoleName = role, Permission = permission });
        }
        else if (!granted && existing is not null)
        {
            db.RolePermissions.Remove(existing);
        }

        await db.SaveChangesAsync();
        cache.Remove(CacheKey);
    }

    // Gives each newly declared permission its default roles, once per database.
    public async Task ApplyDefaultGrantsAsync(DateTime now, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var known = (await db.KnownPermissions.Select(k => k.Name).ToListAsync(ct)).ToHashSet();
        foreach (var definition in modules.Permissions.Where(p => !known.Contains(p.Name)))
        {
            db.KnownPermissions.Add(new KnownPermission { Name = definition.Name, FirstSeenAt = now });
            foreach (var role in definition.DefaultRoles.Where(r => r != Roles.Owner))
            {
                db.RolePermissions.Add(new RolePermission { RoleName = role, Permission = definition.Name });
            }
        }

        await db.SaveChangesAsync(ct);
        cache.Remove(CacheKey);
    }

    private async Task<HashSet<(string Role, string Permission)>> GetGrantsAsync() =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            await using var db = await contexts.CreateDbContextAsync();
            var rows = await db.RolePermissions.AsNoTracking().ToListAsync();
            return rows.Select(r => (r.RoleName, r.Permission)).ToHashSet();
        }))!;
}
