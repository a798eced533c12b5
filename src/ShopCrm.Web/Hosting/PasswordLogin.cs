using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using ShopCrm.Core.Identity;

namespace ShopCrm.Web.Hosting;

// Unknown, locked and wrong-password attempts answer alike and cost one password hash each, so neither
// the message nor the time tells which addresses belong to staff.
public sealed class PasswordLogin(
    UserManager<ShopUser> users,
    SignInManager<ShopUser> signIn,
    IPasswordHasher<ShopUser> hasher,
    LoginThrottle throttle)
{
    private static string? decoyHash;

    public async Task<LoginOutcome> LogInAsync(string userName, string password, IPAddress? address)
    {
        var name = userName.Trim();
        if (!throttle.TryAttempt(address, users.NormalizeName(name) ?? ""))
        {
            return LoginOutcome.Throttled;
        }

        var user = await users.FindByNameAsync(name);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            SpendOneHash(password);
            return LoginOutcome.Refused;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? LoginOutcome.SignedIn : LoginOutcome.Refused;
    }

    private void SpendOneHash(string password)
    {
        var decoyUser = new ShopUser();
        decoyHash ??= hasher.HashPassword(decoyUser, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(decoyUser, decoyHash, password);
    }
}
