using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Results;

namespace ShopCrm.Certificates.Services;

// Staff find a card by the code a customer reads out or hands over. A look-up by code is also how a code
// would be guessed, so it counts against the same limits as the site's balance check.
public sealed class CertificateLookup(IDbContextFactory<ShopDbContext> contexts, CertificateCodeLimiter limiter, ICurrentUser user)
{
    public const string NotACode = "This is not a gift card code. A code has 16 letters and digits, like ABCD-EFGH-JKLM-NPQR; check it for typos.";

    public async Task<Result<long>> FindAsync(string? typed, CancellationToken ct = default)
    {
        var normalized = CertificateCode.Normalize(typed);
        var caller = CertificateCodeLimiter.CallerOf(user.Principal);
        var attempt = limiter.TryBegin(caller, normalized);
        if (!attempt.Allowed)
        {
            return new Error("too-many-attempts", attempt.RefusalMessage);
        }

        if (normalized is null)
        {
            return new Error(ErrorCodes.Invalid, NotACode);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var id = await db.Set<Certificate>().Where(c => c.Code == normalized).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            return new Error(ErrorCodes.NotFound, $"There is no gift card {normalized}.");
        }

        limiter.Found(caller);
        return Result<long>.Ok(id.Value);
    }
}
