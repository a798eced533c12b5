using Microsoft.AspNetCore.Identity;

namespace ShopCrm.Core.Identity;

// Disabling keeps the account (its name stays on orders and in the audit log) but locks it for good and
// replaces its security stamp, so every session it has open ends at its next request.
public sealed class StaffAccounts(UserManager<ShopUser> users)
{
    public async Task DisableAsync(ShopUser user)
    {
        await Check(users.SetLockoutEnabledAsync(user, true));
        await Check(users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        await Check(users.UpdateSecurityStampAsync(user));
    }

    private static async Task Check(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
