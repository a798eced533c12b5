using System.Security.Claims;
using ShopCrm.Core.Auditing;

namespace ShopCrm.Core.Security;

// The one check every data-changing service makes itself, so that a page only hides what the service
// would refuse anyway. Who acts:
// - a signed-in person (HTTP request or Blazor circuit): that person's grants; an API key: its scopes;
// - nobody, outside any request and circuit (a job or a background worker): the system, which may do
//   everything, because what it does was decided by code, not by a person;
// - an anonymous request or circuit: nobody, refused.
// Work that a person starts and a worker finishes (imports) is checked against that person when it is
// started (see CatalogImportService.StartAsync), never waved through as the system.
// A singleton: it reads the ambient current user, so services of any lifetime can take it.
public sealed class PermissionGuard(ICurrentUser currentUser, PermissionStore store)
{
    public async Task<bool> HasAsync(string permission) =>
        currentUser.Principal is { } person ? await store.HasPermissionAsync(person, permission) : currentUser.IsSystem;

    // True when any one of the permissions is held: a page's permission and the site API scope that does
    // the same thing from the e-shop.
    public async Task<bool> HasAnyAsync(params string[] permissions)
    {
        foreach (var permission in permissions)
        {
            if (await HasAsync(permission))
            {
                return true;
            }
        }

        return false;
    }

    public Task<bool> HasAsync(ClaimsPrincipal person, string permission) => store.HasPermissionAsync(person, permission);

    public async Task EnsureAsync(string permission)
    {
        if (!await HasAsync(permission))
        {
            throw Denied(permission);
        }
    }

    public async Task EnsureAnyAsync(params string[] permissions)
    {
        if (!await HasAnyAsync(permissions))
        {
            throw Denied(permissions[0]);
        }
    }

    public PermissionDeniedException Denied(string permission) =>
        new(permission, $"You do not have the permission \"{DescriptionOf(permission)}\". Nothing was changed.");

    public string DescriptionOf(string permission) =>
        store.Declared.FirstOrDefault(d => d.Name == permission)?.Description ?? permission;
}
