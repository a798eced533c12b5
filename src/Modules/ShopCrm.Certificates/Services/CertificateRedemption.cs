using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Results;

namespace ShopCrm.Certificates.Services;

// The balance is taken by one conditional UPDATE (balance >= amount, card usable), so two orders racing
// for the same card can never both get the last money; the unique (certificate, order) reservation row
// makes every call safe to repeat.
internal sealed class CertificateRedemption(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user) : ICertificateRedemption
{
    private const int MaxAttempts = 5;

    // The same checks the reservation makes, read-only.
    public async Task<CertificateCheck> CheckAsync(string code, SalesChannel channel, long? amountMinor, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var card = await FindAsync(db, code, ct);
        if (card is null)
        {
            return CertificateCheck.NotFound;
        }

        var now = Now;
        var payable = amountMinor is { } amount ? Math.Min(amount, card.BalanceMinor) : card.BalanceMinor;
        Error? problem = null;
        if (!card.IsSpendable || card.ExpiresAt <= now || card.BalanceMinor <= 0)
        {
            problem = CertificateError.For(card, now);
        }
        else if (!card.Series!.UsableIn.HasFlag(channel))
        {
            problem = CertificateError.WrongChannel;
        }
        else if (!card.Series.AllowPartialUse && card.BalanceMinor > amountMinor)
        {
            problem = CertificateError.WholeOnly;
        }

        return new CertificateCheck(true, card.BalanceMinor, problem is null ? payable : 0, problem);
    }

    public async Task<Result<CertificateHold>> ReserveAsync(
        string code, string orderReference, long amountMinor, SalesChannel channel, CancellationToken ct = default) =>
        HoldOf(await ReserveAsync(code, orderReference, amountMinor, channel, upToBalance: false, ct));

    public async Task<Result<CertificateHold>> ReserveUpToAsync(
        string code, string orderReference, long maxAmountMinor, SalesChannel channel, CancellationToken ct = default) =>
        HoldOf(await ReserveAsync(code, orderReference, maxAmountMinor, channel, upToBalance: true, ct));

    // With upToBalance a card that may be split takes what it has, up to amountMinor, as it is at the moment
    // of the conditional update: when another order took part of it first, this one takes the rest.
    private async Task<Result<CertificateReservation>> ReserveAsync(
        string code, string orderReference, long amountMinor, SalesChannel channel, bool upToBalance, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountMinor);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var certificate = await FindAsync(db, code, ct);
        if (certificate is null)
        {
            return Fail(CertificateError.NotFound);
        }

        var existing = await db.Set<CertificateReservation>()
            .SingleOrDefaultAsync(r => r.CertificateId == certificate.Id && r.OrderReference == orderReference, ct);
        if (existing is not null)
        {
            return Result<CertificateReservation>.Ok(existing);
        }

        if (!certificate.Series!.UsableIn.HasFlag(channel))
        {
            return Fail(CertificateError.WrongChannel);
        }

        var wholeOnly = !certificate.Series.AllowPartialUse;
        var takesWhatIsLeft = upToBalance && !wholeOnly;
        for (var attempt = 1; ; attempt++)
        {
            var now = Now;
            var take = amountMinor;
            if (takesWhatIsLeft)
            {
                var balance = await db.Set<Certificate>().Where(c => c.Id == certificate.Id).Select(c => c.BalanceMinor).SingleAsync(ct);
                if (balance <= 0)
                {
                    return Fail(CertificateError.UsedUp);
                }

                take = Math.Min(amountMinor, balance);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            // The reservation row first: a second call for the same order waits here for the first to finish
            // and then inserts nothing, instead of failing on the unique index.
            var claimed = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "CertificateReservations" ("CertificateId", "OrderReference", "AmountMinor", "Status", "CreatedAt")
                VALUES ({certificate.Id}, {orderReference}, {take}, {(int)ReservationStatus.Reserved}, {now})
                ON CONFLICT DO NOTHING
                """, ct);
            if (claimed == 0)
            {
                await transaction.RollbackAsync(ct);
                return Result<CertificateReservation>.Ok(await ReservationAsync(db, certificate.Id, orderReference, ct));
            }

            var taken = await db.Set<Certificate>()
                .Where(c => c.Id == certificate.Id
                    && (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.PartlyUsed)
                    && c.ExpiresAt > now
                    && c.BalanceMinor >= take
                    && (!wholeOnly || c.BalanceMinor == take))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.BalanceMinor, c => c.BalanceMinor - take)
                    .SetProperty(c => c.Status, c => c.BalanceMinor == take ? CertificateStatus.UsedUp : CertificateStatus.PartlyUsed), ct);
            if (taken == 0)
            {
                await transaction.RollbackAsync(ct);

                // Another order took part of the balance between the read and the update: read it again.
                if (takesWhatIsLeft && attempt < MaxAttempts)
                {
                    continue;
                }

                var error = wholeOnly && certificate.IsSpendable && certificate.BalanceMinor > amountMinor
                    ? CertificateError.WholeOnly
                    : CertificateError.For(certificate, now);
                return Fail(error);
            }

            db.Add(Entry(certificate.Id, CertificateTransactionType.Redemption, -take, orderReference));
            await RecordStatusAsync(db, certificate.Id, certificate.Status, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Result<CertificateReservation>.Ok(await ReservationAsync(db, certificate.Id, orderReference, ct));
        }
    }

    private static Task<CertificateReservation> ReservationAsync(ShopDbContext db, long certificateId, string orderReference, CancellationToken ct) =>
        db.Set<CertificateReservation>().AsNoTracking().SingleAsync(r => r.CertificateId == certificateId && r.OrderReference == orderReference, ct);

    public async Task<Result<CertificateHold>> CommitAsync(string code, string orderReference, CancellationToken ct = default) =>
        HoldOf(await MoveAsync(code, orderReference, ReservationStatus.Reserved, ReservationStatus.Committed, giveBack: null, ct));

    public async Task<Result<CertificateHold>> ReleaseAsync(string code, string orderReference, CancellationToken ct = default) =>
        HoldOf(await MoveAsync(code, orderReference, ReservationStatus.Reserved, ReservationStatus.Released, CertificateTransactionType.Release, ct));

    public async Task<Result<CertificateHold>> RefundAsync(string code, string orderReference, CancellationToken ct = default) =>
        HoldOf(await MoveAsync(code, orderReference, ReservationStatus.Committed, ReservationStatus.Refunded, CertificateTransactionType.Refund, ct));

    private static Result<CertificateHold> HoldOf(Result<CertificateReservation> result) =>
        result.Value is { } reservation
            ? Result<CertificateHold>.Ok(new CertificateHold(reservation.Id, reservation.OrderReference, reservation.AmountMinor, reservation.Status))
            : Result<CertificateHold>.Fail(result.Error!);

    // Moves a reservation from one state to the next exactly once; a repeated call finds it already moved
    // and answers as if it had just done it.
    private async Task<Result<CertificateReservation>> MoveAsync(
        string code, string orderReference, ReservationStatus from, ReservationStatus to, CertificateTransactionType? giveBack, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var certificate = await FindAsync(db, code, ct);
        var reservation = certificate is null
            ? null
            : await db.Set<CertificateReservation>().SingleOrDefaultAsync(r => r.CertificateId == certificate.Id && r.OrderReference == orderReference, ct);
        if (reservation is null)
        {
            return Fail(certificate is null ? CertificateError.NotFound : CertificateError.NoReservation);
        }

        if (reservation.Status == to)
        {
            return Result<CertificateReservation>.Ok(reservation);
        }

        if (reservation.Status != from)
        {
            return Fail(new Error("wrong-state", $"The reservation is {reservation.Status.ToString().ToLowerInvariant()}, not {from.ToString().ToLowerInvariant()}."));
        }

        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.Set<CertificateReservation>()
            .Where(r => r.Id == reservation.Id && r.Status == from)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, to).SetProperty(r => r.ChangedAt, now), ct);
        if (moved == 0)
        {
            await transaction.RollbackAsync(ct);
            return await MoveAsync(code, orderReference, from, to, giveBack, ct);
        }

        if (giveBack is { } type)
        {
            var amount = reservation.AmountMinor;

            // Expired and blocked cards get the money back on the ledger but stay as they are.
            await db.Set<Certificate>()
                .Where(c => c.Id == certificate!.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.BalanceMinor, c => c.BalanceMinor + amount)
                    .SetProperty(c => c.Status, c => c.Status == CertificateStatus.Expired || c.Status == CertificateStatus.Blocked ? c.Status
                        : c.BalanceMinor + amount >= c.ValueMinor ? CertificateStatus.Active : CertificateStatus.PartlyUsed), ct);
            db.Add(Entry(certificate!.Id, type, amount, orderReference));
            await RecordStatusAsync(db, certificate.Id, certificate.Status, ct);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        reservation.Status = to;
        reservation.ChangedAt = now;
        return Result<CertificateReservation>.Ok(reservation);
    }

    // Status changes made in SQL are invisible to the change tracker, so they are written to the audit log here.
    private async Task RecordStatusAsync(ShopDbContext db, long certificateId, CertificateStatus before, CancellationToken ct)
    {
        var after = await db.Set<Certificate>().Where(c => c.Id == certificateId).Select(c => c.Status).SingleAsync(ct);
        db.Record(user, Now, nameof(Certificate), certificateId, nameof(Certificate.Status), before, after);
    }

    private static Task<Certificate?> FindAsync(ShopDbContext db, string code, CancellationToken ct)
    {
        var normalized = CertificateCode.Normalize(code);
        return normalized is null
            ? Task.FromResult<Certificate?>(null)
            : db.Set<Certificate>().AsNoTracking().Include(c => c.Series).SingleOrDefaultAsync(c => c.Code == normalized, ct);
    }

    private static Result<CertificateReservation> Fail(Error error) => Result<CertificateReservation>.Fail(error);

    private CertificateTransaction Entry(long certificateId, CertificateTransactionType type, long amount, string orderReference) => new()
    {
        CertificateId = certificateId,
        Type = type,
        AmountMinor = amount,
        At = Now,
        UserName = user.UserName,
        OrderReference = orderReference,
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
