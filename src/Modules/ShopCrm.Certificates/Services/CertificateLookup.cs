using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;

namespace ShopCrm.Certificates.Services;

// Staff find a card by the code a customer reads out or hands over. A look-up by code is also how a code
// would be guessed, so it counts against the same limits as the site's balance check.
public sealed class CertificateLookup(IDbContextFactory<ShopDbContext> contexts, CertificateCodeLimiter limiter, ICurrentUser user)
{
    public const string NotACode = "This is not a gift card code. A code has 16 letters and digits, like ABCD-EFGH-JKLM-NPQR; check it for typos.";

    // The partition of the guessing limits: the API key's id for the site ("api-key:7"), the account's id for
    // staff. Both come from authentication, never from what the caller sends.
    public static string CallerOf(ClaimsPrincipal? principal) =>
        principal?.FindFirstValue(ClaimTypes.NameIdentifier) ?? CurrentUser.System;

    public static string TooManyAttempts(CodeAttempt attempt) =>
        $"Too many gift card codes tried. Please wait {attempt.RetryAfterSeconds} seconds and try again.";

    public async Task<CertificateLookupResult> FindAsync(string? typed, CancellationToken ct = default)
    {
        var normalized = CertificateCode.Normalize(typed);
        var caller = CallerOf(user.Principal);
        var attempt = limiter.TryBegin(caller, normalized);
        if (!attempt.Allowed)
        {
            return CertificateLookupResult.Refused(TooManyAttempts(attempt));
        }

        if (normalized is null)
        {
            return CertificateLookupResult.Refused(NotACode);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var id = await db.Set<Certificate>().Where(c => c.Code == normalized).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            return CertificateLookupResult.Refused($"There is no gift card {normalized}.");
        }

        limiter.Found(caller);
        return CertificateLookupResult.Found(id.Value);
    }
}
