using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Certificates.Services;

// The cached balance must always equal the ledger's sum; this lists every card where it does not.
internal sealed class CertificateBalanceCheck(IDbContextFactory<ShopDbContext> contexts)
{
    public sealed record Drift(long CertificateId, string Code, long CachedMinor, long LedgerMinor);

    public async Task<IReadOnlyList<Drift>> FindDriftAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ledger = db.Set<CertificateTransaction>().GroupBy(t => t.CertificateId).Select(g => new { Id = g.Key, Sum = g.Sum(t => t.AmountMinor) });
        return await db.Set<Certificate>()
            .Select(c => new { c.Id, c.Code, c.BalanceMinor, Ledger = ledger.Where(l => l.Id == c.Id).Select(l => l.Sum).FirstOrDefault() })
            .Where(c => c.BalanceMinor != c.Ledger)
            .Select(c => new Drift(c.Id, c.Code, c.BalanceMinor, c.Ledger))
            .ToListAsync(ct);
    }
}
