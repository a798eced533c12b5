using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Certificates.Services;

// Writes the site's balance checks (BalanceCheckAttempt) for the endpoint, which only reads.
internal sealed class BalanceCheckLog(IDbContextFactory<ShopDbContext> contexts)
{
    public async Task RecordAsync(BalanceCheckAttempt attempt, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Add(attempt);
        await db.SaveChangesAsync(ct);
    }
}
