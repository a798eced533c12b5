using ShopCrm.Core.Auditing;
using ShopCrm.Core.Security;

namespace ShopCrm.Certificates.Services;

// A gift card code spends like cash, so read models show it whole only to whoever may print cards;
// everyone else (and every job, which has no person) gets the last four characters.
public sealed class CertificateCodeAccess(ICurrentUser user, PermissionStore permissions)
{
    public async Task<bool> ShowsFullCodesAsync() =>
        user.Principal is { } principal && await permissions.HasPermissionAsync(principal, CertificatePermissions.Print);
}
