using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Certificates.Services;

// Adding and editing card series. Names are unique (the unique index decides when two people add the same
// name at once); an edit of a series someone else changed since it was opened is refused, not merged.
public sealed class CertificateSeriesService(IDbContextFactory<ShopDbContext> contexts, PermissionGuard guard)
{
    public static readonly Error Conflict = new(
        ErrorCodes.Conflict, "Someone else changed this series while you were editing it. Close this form and open the series again to see their changes.");

    public static Error DuplicateName(string name) => new("duplicate-name", $"A series named \"{name}\" already exists. Choose another name.");

    public async Task<Result<CertificateSeries>> CreateAsync(CertificateSeries series, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CertificatePermissions.Manage);
        Normalize(series);
        if (Validate(series) is { } invalid)
        {
            return Result<CertificateSeries>.Fail(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await NameTakenAsync(db, series.Name, exceptId: null, ct))
        {
            return Result<CertificateSeries>.Fail(DuplicateName(series.Name));
        }

        db.Add(series);
        return await SaveAsync(db, series, ct);
    }

    // `original` is the series as the person saw it when they opened it; `changed` is what they want it to be.
    public async Task<Result<CertificateSeries>> UpdateAsync(CertificateSeries original, CertificateSeries changed, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CertificatePermissions.Manage);
        Normalize(changed);
        if (Validate(changed) is { } invalid)
        {
            return Result<CertificateSeries>.Fail(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var current = await db.Set<CertificateSeries>().SingleOrDefaultAsync(s => s.Id == original.Id, ct);
        if (current is null || !SameSettings(current, original))
        {
            return Result<CertificateSeries>.Fail(Conflict);
        }

        if (await NameTakenAsync(db, changed.Name, original.Id, ct))
        {
            return Result<CertificateSeries>.Fail(DuplicateName(changed.Name));
        }

        current.Name = changed.Name;
        current.FaceValueMinor = changed.FaceValueMinor;
        current.MinValueMinor = changed.MinValueMinor;
        current.MaxValueMinor = changed.MaxValueMinor;
        current.Currency = changed.Currency;
        current.ValidityMonths = changed.ValidityMonths;
        current.AllowPartialUse = changed.AllowPartialUse;
        current.SoldIn = changed.SoldIn;
        current.UsableIn = changed.UsableIn;
        current.IsActive = changed.IsActive;
        current.Conditions = changed.Conditions;
        return await SaveAsync(db, current, ct);
    }

    private static async Task<Result<CertificateSeries>> SaveAsync(ShopDbContext db, CertificateSeries series, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<CertificateSeries>.Ok(series);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same name between our check and our write: the unique index refused it.
            return Result<CertificateSeries>.Fail(DuplicateName(series.Name));
        }
    }

    private static Task<bool> NameTakenAsync(ShopDbContext db, string name, int? exceptId, CancellationToken ct)
    {
        var lower = name.ToLower();
        return db.Set<CertificateSeries>().AnyAsync(s => s.Name.ToLower() == lower && s.Id != exceptId, ct);
    }

    private static void Normalize(CertificateSeries series)
    {
        series.Name = series.Name.Trim();
        series.Conditions = series.Conditions.Trim();
        series.Currency = series.Currency.Trim().ToUpperInvariant();
    }

    private static Error? Validate(CertificateSeries series) => series switch
    {
        { Name.Length: 0 } => Invalid("Give the series a name."),
        { Name.Length: > 100 } => Invalid("The name can have at most 100 characters."),
        { FaceValueMinor: <= 0 } => Invalid("The card's value must be more than zero."),
        { FaceValueMinor: null, MinValueMinor: <= 0 } => Invalid("The lowest value must be more than zero."),
        { FaceValueMinor: null } when series.MaxValueMinor < series.MinValueMinor => Invalid("The highest value cannot be lower than the lowest."),
        { ValidityMonths: < 1 or > 120 } => Invalid("A card is valid for 1 to 120 months."),
        { SoldIn: SalesChannel.None } => Invalid("Choose at least one channel where the card is sold."),
        { UsableIn: SalesChannel.None } => Invalid("Choose at least one channel where the card can be spent."),
        { Currency.Length: not 3 } => Invalid("The currency is a three-letter code such as PLN."),
        { Conditions.Length: > 1000 } => Invalid("The conditions can have at most 1,000 characters."),
        _ => null,
    };

    private static Error Invalid(string message) => new("invalid", message);

    private static bool SameSettings(CertificateSeries a, CertificateSeries b) =>
        a.Name == b.Name && a.FaceValueMinor == b.FaceValueMinor && a.MinValueMinor == b.MinValueMinor && a.MaxValueMinor == b.MaxValueMinor
        && a.Currency == b.Currency && a.ValidityMonths == b.ValidityMonths && a.AllowPartialUse == b.AllowPartialUse
        && a.SoldIn == b.SoldIn && a.UsableIn == b.UsableIn && a.IsActive == b.IsActive && a.Conditions == b.Conditions;
}
