using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Api;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Certificates.Services;

// Selling, issuing, activating, blocking and correcting cards. Every balance change is a ledger row
// plus a conditional update of the cached balance, in one transaction.
public sealed class CertificateService(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user, PermissionGuard guard)
{
    public async Task<Result<Certificate>> SellAsync(SaleRequest request, CancellationToken ct = default)
    {
        await guard.EnsureAnyAsync(CertificatePermissions.Sell, CertificatePermissions.SiteSell);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var series = await db.Set<CertificateSeries>().SingleOrDefaultAsync(s => s.Id == request.SeriesId, ct);
        if (Validate(series, request) is { } problem)
        {
            return Result<Certificate>.Fail(problem);
        }

        var certificate = NewCertificate(series!, request, batchReference: null);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(certificate);
        await db.SaveChangesAsync(ct);
        AddActivations(db, [certificate]);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<Certificate>.Ok(certificate);
    }

    // Inserts in chunks: 10,000 cards are one transaction but not one giant statement.
    public async Task<Result<IReadOnlyList<Certificate>>> IssueBatchAsync(
        SaleRequest template, int count, string batchReference, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CertificatePermissions.IssueBatch);
        if (count is < 1 or > 50_000)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "A batch has 1 to 50,000 cards.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var series = await db.Set<CertificateSeries>().SingleOrDefaultAsync(s => s.Id == template.SeriesId, ct);
        if (Validate(series, template) is { } problem)
        {
            return Result<IReadOnlyList<Certificate>>.Fail(problem);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var cards = Enumerable.Range(0, count).Select(_ => NewCertificate(series!, template, batchReference)).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in cards.Chunk(2_000))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync(ct);
            AddActivations(db, chunk);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(ct);
        return Result<IReadOnlyList<Certificate>>.Ok(cards);
    }

    // For cards issued before payment: the payment arrived.
    public async Task<bool> ActivateAsync(long certificateId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CertificatePermissions.Manage);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await ActivateInAsync(db, certificateId, ct))
        {
            return false;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    // A company paid for its whole batch: every card of it not yet activated (not blocked ones), in one transaction.
    public async Task<int> ActivateBatchAsync(string batchReference, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CertificatePermissions.IssueBatch);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var waiting = await db.Set<Certificate>()
            .Where(c => c.BatchReference == batchReference && c.Status == CertificateStatus.Issued)
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var activated = 0;
        foreach (var chunk in waiting.Chunk(2_000))
        {
            foreach (var id in chunk)
            {
                activated += await ActivateInAsync(db, id, ct) ? 1 : 0;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(ct);
        return activated;
    }

    // The conditional update claims the card, so a card activated twice at once gets one activation.
    private async Task<bool> ActivateInAsync(ShopDbContext db, long certificateId, CancellationToken ct)
    {
        var now = Now;
        var activated = await db.Set<Certificate>()
            .Where(c => c.Id == certificateId && c.Status == CertificateStatus.Issued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Status, CertificateStatus.Active)
                .SetProperty(c => c.BalanceMinor, c => c.ValueMinor)
                .SetProperty(c => c.ActivatedAt, now), ct);
        if (activated == 0)
        {
            return false;
        }

        var value = await db.Set<Certificate>().Where(c => c.Id == certificateId).Select(c => c.ValueMinor).SingleAsync(ct);
        db.Add(Entry(certificateId, CertificateTransactionType.Activation, value));
        db.Record(user, now, nameof(Certificate), certificateId, nameof(Certificate.Status), CertificateStatus.Issued, CertificateStatus.Active);
        return true;
    }

    public async Task BlockAsync(long certificateId, string reason, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CertificatePermissions.Manage);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var certificate = await db.Set<Certificate>().SingleAsync(c => c.Id == certificateId, ct);
        if (certificate.Status is CertificateStatus.Expired or CertificateStatus.UsedUp)
        {
            throw new InvalidOperationException("Only a card that can still be used can be blocked.");
        }

        certificate.Status = CertificateStatus.Blocked;
        certificate.BlockReason = reason.Trim();
        await db.SaveChangesAsync(ct);
    }

    public async Task UnblockAsync(long certificateId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CertificatePermissions.Manage);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var certificate = await db.Set<Certificate>().SingleAsync(c => c.Id == certificateId && c.Status == CertificateStatus.Blocked, ct);
        certificate.Status = certificate.ActivatedAt is null ? CertificateStatus.Issued : StatusFor(certificate.BalanceMinor, certificate.ValueMinor);
        certificate.BlockReason = null;
        await db.SaveChangesAsync(ct);
    }

    // A correction by hand (a goodwill top-up, a mistake at the till). The balance never goes below zero.
    public async Task<bool> AdjustAsync(long certificateId, long amountMinor, string reason, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CertificatePermissions.Adjust);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A correction needs a reason.", nameof(reason));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var before = await db.Set<Certificate>().Where(c => c.Id == certificateId).Select(c => c.Status).SingleAsync(ct);
        var changed = await db.Set<Certificate>()
            .Where(c => c.Id == certificateId && c.BalanceMinor + amountMinor >= 0
                && (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.PartlyUsed || c.Status == CertificateStatus.UsedUp))
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.BalanceMinor, c => c.BalanceMinor + amountMinor)
                .SetProperty(c => c.Status, c => c.BalanceMinor + amountMinor == 0 ? CertificateStatus.UsedUp
                    : c.BalanceMinor + amountMinor >= c.ValueMinor ? CertificateStatus.Active : CertificateStatus.PartlyUsed), ct);
        if (changed == 0)
        {
            return false;
        }

        db.Add(Entry(certificateId, CertificateTransactionType.Adjustment, amountMinor, reason: reason.Trim()));
        await RecordStatusAsync(db, certificateId, before, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    // Status changes made in SQL are invisible to the change tracker, so they are written to the audit log here.
    internal async Task RecordStatusAsync(ShopDbContext db, long certificateId, CertificateStatus before, CancellationToken ct)
    {
        var after = await db.Set<Certificate>().Where(c => c.Id == certificateId).Select(c => c.Status).SingleAsync(ct);
        db.Record(user, Now, nameof(Certificate), certificateId, nameof(Certificate.Status), before, after);
    }

    internal static CertificateStatus StatusFor(long balance, long value) =>
        balance == 0 ? CertificateStatus.UsedUp : balance >= value ? CertificateStatus.Active : CertificateStatus.PartlyUsed;

    // A value the series would not use is refused rather than replaced, so a card is never worth other
    // than what the seller asked for.
    private static Error? Validate(CertificateSeries? series, SaleRequest request)
    {
        if (series is null)
        {
            return new Error("series", "There is no such gift card series.");
        }

        if (!series.IsActive || !series.SoldIn.HasFlag(request.Channel))
        {
            return new Error("not-for-sale", $"The series \"{series.Name}\" is not sold here.");
        }

        var value = request.ValueMinor;
        if (value is <= 0 or > InputLimits.MaxAmountMinor)
        {
            return new Error(CertificateError.ValueField, $"A gift card's value is more than 0 and at most {InputLimits.MaxAmountMinor / 100m:N2}.");
        }

        if (series.FaceValueMinor is { } face && value is not null && value != face)
        {
            return new Error(CertificateError.ValueField, $"Cards of the series \"{series.Name}\" are worth {face / 100m:N2} {series.Currency}: leave the value out.");
        }

        if (series.FaceValueMinor is null && (value is null || value < series.MinValueMinor || value > series.MaxValueMinor))
        {
            return new Error(CertificateError.ValueField, $"Choose a value between {series.MinValueMinor / 100m:N2} and {series.MaxValueMinor / 100m:N2} {series.Currency}.");
        }

        return TooLong("buyerName", request.BuyerName, 200)
            ?? TooLong("recipientName", request.RecipientName, 200)
            ?? TooLong("recipientEmail", request.RecipientEmail, 256)
            ?? TooLong("personalMessage", request.PersonalMessage, 500);
    }

    private static Error? TooLong(string field, string? value, int max) =>
        value?.Trim().Length > max ? new Error(field, $"At most {max} characters.") : null;

    private Certificate NewCertificate(CertificateSeries series, SaleRequest request, string? batchReference)
    {
        var now = Now;
        var value = series.FaceValueMinor ?? request.ValueMinor!.Value;
        return new Certificate
        {
            Code = CertificateCode.New(),
            SeriesId = series.Id,
            Status = request.Paid ? CertificateStatus.Active : CertificateStatus.Issued,
            ValueMinor = value,
            BalanceMinor = request.Paid ? value : 0,
            ActivatedAt = request.Paid ? now : null,
            Currency = series.Currency,
            SoldIn = request.Channel,
            IssuedAt = now,
            ExpiresAt = now.AddMonths(series.ValidityMonths),
            BuyerName = request.BuyerName?.Trim(),
            RecipientName = request.RecipientName?.Trim(),
            RecipientEmail = request.RecipientEmail?.Trim().ToLowerInvariant(),
            PersonalMessage = request.PersonalMessage?.Trim(),
            BatchReference = batchReference,
        };
    }

    // Paid cards are inserted already active with their balance; the ledger rows need their keys, so they follow.
    private void AddActivations(ShopDbContext db, IEnumerable<Certificate> certificates)
    {
        foreach (var certificate in certificates.Where(c => c.Status == CertificateStatus.Active))
        {
            db.Add(Entry(certificate.Id, CertificateTransactionType.Activation, certificate.ValueMinor));
        }
    }

    private CertificateTransaction Entry(long certificateId, CertificateTransactionType type, long amount, string? reason = null) => new()
    {
        CertificateId = certificateId,
        Type = type,
        AmountMinor = amount,
        At = Now,
        UserName = user.UserName,
        Reason = reason,
    };

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
