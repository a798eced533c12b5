using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Documents;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Mail;
using ShopCrm.Core.Company;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;
using ShopCrm.Core.Formatting;
using ShopCrm.Core.Time;

namespace ShopCrm.Certificates.Services;

// The two mails a card's holder gets: the card itself (with the printable PDF) and the expiry reminder.
public sealed class CertificateMails(IDbContextFactory<ShopDbContext> contexts, EmailTemplateRenderer renderer, ShopClock clock)
{
    public async Task<EmailMessage> CardAsync(Certificate card)
    {
        var (shop, series) = await ContextOfAsync(card);
        var html = await renderer.RenderAsync<CertificateCardMail>(new Dictionary<string, object?>
        {
            [nameof(CertificateCardMail.ShopName)] = shop.Name,
            [nameof(CertificateCardMail.RecipientName)] = card.RecipientName,
            [nameof(CertificateCardMail.BuyerName)] = card.BuyerName,
            [nameof(CertificateCardMail.PersonalMessage)] = card.PersonalMessage,
            [nameof(CertificateCardMail.Code)] = card.Code,
            [nameof(CertificateCardMail.Value)] = Format(card.ValueMinor, card.Currency),
            [nameof(CertificateCardMail.ValidUntil)] = DocumentFormat.Date(clock.ToLocal(card.ExpiresAt)),
        });
        var pdf = CertificateCardPdf.Render(CardOf(card, shop, series));
        return new EmailMessage
        {
            To = [new EmailAddress(card.RecipientEmail!, card.RecipientName)],
            Subject = $"{shop.Name}: a gift card for you",
            HtmlBody = html,
            Attachments = [new EmailAttachment($"gift-card-{card.Code}.pdf", "application/pdf", pdf)],
        };
    }

    // Queued through the outbox, so the mail survives a restart and is retried if the SMTP server is down.
    public async Task<bool> SendCardToRecipientAsync(long certificateId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var card = await db.Set<Certificate>().AsNoTracking().SingleAsync(c => c.Id == certificateId, ct);
        if (string.IsNullOrWhiteSpace(card.RecipientEmail) || !card.IsSpendable)
        {
            return false;
        }

        db.EnqueueEmail(await CardAsync(card), clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<EmailMessage> ExpiryReminderAsync(Certificate card)
    {
        var (shop, _) = await ContextOfAsync(card);
        var html = await renderer.RenderAsync<CertificateExpiryMail>(new Dictionary<string, object?>
        {
            [nameof(CertificateExpiryMail.ShopName)] = shop.Name,
            [nameof(CertificateExpiryMail.RecipientName)] = card.RecipientName,
            [nameof(CertificateExpiryMail.Code)] = card.Code,
            [nameof(CertificateExpiryMail.Balance)] = Format(card.BalanceMinor, card.Currency),
            [nameof(CertificateExpiryMail.ValidUntil)] = DocumentFormat.Date(clock.ToLocal(card.ExpiresAt)),
        });
        return new EmailMessage
        {
            To = [new EmailAddress(card.RecipientEmail!, card.RecipientName)],
            Subject = $"{shop.Name}: your gift card expires on {DocumentFormat.Date(clock.ToLocal(card.ExpiresAt))}",
            HtmlBody = html,
        };
    }

    public CertificateCard CardOf(Certificate card, CompanyProfile shop, CertificateSeries series) => new(
        shop.Name,
        shop.Website,
        series.Name,
        card.Code,
        Format(card.ValueMinor, card.Currency),
        DateOnly.FromDateTime(clock.ToLocal(card.ExpiresAt)),
        card.RecipientName,
        card.PersonalMessage,
        series.Conditions);

    private async Task<(CompanyProfile Shop, CertificateSeries Series)> ContextOfAsync(Certificate card)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var shop = await db.CompanyProfiles.AsNoTracking().FirstOrDefaultAsync() ?? new CompanyProfile { Name = "ShopCrm" };
        var series = await db.Set<CertificateSeries>().AsNoTracking().SingleAsync(s => s.Id == card.SeriesId);
        return (shop, series);
    }

    private static string Format(long minor, string currency) => new Core.Money.Money(minor, currency).Format();
}
