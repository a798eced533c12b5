using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Time;

namespace ShopCrm.Certificates.Services;

// Every figure is counted and summed in the database (amounts are integer minor units, so SQLite can
// aggregate them too); only already-aggregated rows come back.
public sealed class CertificateReports(IDbContextFactory<ShopDbContext> contexts, ShopClock clock, CertificateCodeAccess access)
{
    // What the shop owes its customers: the balance left on cards that can still be spent.
    public async Task<IReadOnlyList<CurrencyTotal>> LiabilityAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var totals = await db.Set<Certificate>()
            .Where(c => c.Status == CertificateStatus.Active || c.Status == CertificateStatus.PartlyUsed)
            .GroupBy(c => c.Currency)
            .Select(g => new { Currency = g.Key, Count = g.Count(), Amount = g.Sum(c => c.BalanceMinor) })
            .ToListAsync(ct);
        return totals.OrderBy(t => t.Currency, StringComparer.Ordinal).Select(t => new CurrencyTotal(t.Currency, t.Count, t.Amount)).ToList();
    }

    // Spendable cards whose last day comes within the next `days` days; the caller pages it (GridQuery).
    // Codes are masked as in CertificateQueries.
    public async Task<IQueryable<ExpiringCertificate>> ExpiringSoonAsync(ShopDbContext db, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var full = await access.ShowsFullCodesAsync();
        var now = clock.UtcNow;
        var until = now.AddDays(days);
        return db.Set<Certificate>().AsNoTracking()
            .Where(c => (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.PartlyUsed)
                && c.ExpiresAt > now && c.ExpiresAt <= until)
            .Select(c => new ExpiringCertificate
            {
                Id = c.Id,
                Code = full ? c.Code : CertificateCode.MaskedPrefix + c.Code.Substring(15, 4),
                SeriesName = c.Series!.Name,
                BalanceMinor = c.BalanceMinor,
                Currency = c.Currency,
                ExpiresAt = c.ExpiresAt,
                RecipientName = c.RecipientName,
                RecipientEmail = c.RecipientEmail,
            });
    }

    // Balances that expired unused in the shop's days from..to (both included), as positive amounts.
    public async Task<IReadOnlyList<CurrencyTotal>> WriteOffsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var (start, end) = UtcRange(from, to);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var totals = await (
                from t in db.Set<CertificateTransaction>()
                where t.Type == CertificateTransactionType.ExpiryWriteOff && t.At >= start && t.At < end
                join c in db.Set<Certificate>() on t.CertificateId equals c.Id
                group t.AmountMinor by c.Currency into g
                select new { Currency = g.Key, Count = g.Count(), Amount = g.Sum() })
            .ToListAsync(ct);
        return totals.OrderBy(t => t.Currency, StringComparer.Ordinal).Select(t => new CurrencyTotal(t.Currency, t.Count, -t.Amount)).ToList();
    }

    // Per shop day (from..to, both included). The database sums per UTC hour; those few hundred rows are
    // then added up per local day here, so days follow the shop's time zone across DST changes without
    // time-zone functions that SQLite lacks. Exact for zones with whole-hour offsets, as Europe/Warsaw.
    public async Task<CertificateSalesReport> SalesAndRedemptionsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var (start, end) = UtcRange(from, to);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var sales = await (
                from t in db.Set<CertificateTransaction>()
                where t.Type == CertificateTransactionType.Activation && t.At >= start && t.At < end
                join c in db.Set<Certificate>() on t.CertificateId equals c.Id
                group t.AmountMinor by new { t.At.Year, t.At.Month, t.At.Day, t.At.Hour, c.SoldIn, c.Currency } into g
                select new { g.Key.Year, g.Key.Month, g.Key.Day, g.Key.Hour, g.Key.SoldIn, g.Key.Currency, Amount = g.Sum() })
            .ToListAsync(ct);

        // Redemptions are negative in the ledger and releases positive, so minus their sum is what was spent.
        var redemptions = await (
                from t in db.Set<CertificateTransaction>()
                where (t.Type == CertificateTransactionType.Redemption || t.Type == CertificateTransactionType.Release)
                    && t.At >= start && t.At < end
                join c in db.Set<Certificate>() on t.CertificateId equals c.Id
                group t.AmountMinor by new { t.At.Year, t.At.Month, t.At.Day, t.At.Hour, c.Currency } into g
                select new { g.Key.Year, g.Key.Month, g.Key.Day, g.Key.Hour, g.Key.Currency, Amount = -g.Sum() })
            .ToListAsync(ct);

        return new CertificateSalesReport(
            sales.GroupBy(s => (Day: LocalDay(s.Year, s.Month, s.Day, s.Hour), s.SoldIn, s.Currency))
                .Select(g => new DailyChannelAmount(g.Key.Day, g.Key.SoldIn, g.Key.Currency, g.Sum(s => s.Amount)))
                .OrderBy(s => s.Day).ThenBy(s => s.Channel).ThenBy(s => s.Currency, StringComparer.Ordinal)
                .ToList(),
            redemptions.GroupBy(r => (Day: LocalDay(r.Year, r.Month, r.Day, r.Hour), r.Currency))
                .Select(g => new DailyAmount(g.Key.Day, g.Key.Currency, g.Sum(r => r.Amount)))
                .OrderBy(r => r.Day).ThenBy(r => r.Currency, StringComparer.Ordinal)
                .ToList());
    }

    private (DateTime Start, DateTime End) UtcRange(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The period ends before it starts.");
        }

        return (clock.ToUtc(from.ToDateTime(TimeOnly.MinValue)), clock.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue)));
    }

    private DateOnly LocalDay(int year, int month, int day, int hour) =>
        DateOnly.FromDateTime(clock.ToLocal(new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Utc)));
}
