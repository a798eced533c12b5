using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Certificates.Services;

// What staff screens read about cards. Codes are masked here, in SQL, unless the current person may see
// them whole: no page can leak a code by accident, and the grid's filters and sorts on the code column
// only ever see the masked text (a filter on the full code would let anyone read it a character at a time).
public sealed class CertificateQueries(IDbContextFactory<ShopDbContext> contexts, CertificateCodeAccess access)
{
    public async Task<IQueryable<CertificateRow>> ListAsync(ShopDbContext db)
    {
        var full = await access.ShowsFullCodesAsync();
        return db.Set<Certificate>().AsNoTracking().Select(c => new CertificateRow
        {
            Id = c.Id,
            Code = full ? c.Code : CertificateCode.MaskedPrefix + c.Code.Substring(15, 4),
            SeriesName = c.Series!.Name,
            Status = c.Status,
            ValueMinor = c.ValueMinor,
            BalanceMinor = c.BalanceMinor,
            Currency = c.Currency,
            SoldIn = c.SoldIn,
            IssuedAt = c.IssuedAt,
            ExpiresAt = c.ExpiresAt,
            RecipientName = c.RecipientName,
            BatchReference = c.BatchReference,
        });
    }

    public async Task<Certificate?> CardAsync(long id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var card = await db.Set<Certificate>().AsNoTracking().Include(c => c.Series).SingleOrDefaultAsync(c => c.Id == id, ct);
        return card is null || await access.ShowsFullCodesAsync() ? card : Masked(card);
    }

    private static Certificate Masked(Certificate card) => new()
    {
        Id = card.Id,
        Code = CertificateCode.Mask(card.Code),
        SeriesId = card.SeriesId,
        Series = card.Series,
        Status = card.Status,
        ValueMinor = card.ValueMinor,
        BalanceMinor = card.BalanceMinor,
        Currency = card.Currency,
        SoldIn = card.SoldIn,
        IssuedAt = card.IssuedAt,
        ActivatedAt = card.ActivatedAt,
        ExpiresAt = card.ExpiresAt,
        BuyerName = card.BuyerName,
        RecipientName = card.RecipientName,
        RecipientEmail = card.RecipientEmail,
        PersonalMessage = card.PersonalMessage,
        BatchReference = card.BatchReference,
        BlockReason = card.BlockReason,
        ExpiryReminderSentAt = card.ExpiryReminderSentAt,
    };
}
