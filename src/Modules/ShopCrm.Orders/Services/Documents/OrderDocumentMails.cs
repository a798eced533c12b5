using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;
using ShopCrm.Core.Time;
using ShopCrm.Core.Results;
using ShopCrm.Orders.Documents;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Mail;
using ShopCrm.Core.Security;

namespace ShopCrm.Orders.Services.Documents;

// Sends an issued document to the customer as a PDF attachment. The mail is queued in the outbox in the
// same transaction that records the sending, so it survives a restart and is retried if SMTP is down.
public sealed class OrderDocumentMails(IDbContextFactory<ShopDbContext> contexts, OrderDocuments documents, EmailTemplateRenderer renderer, ShopClock clock, PermissionGuard guard)
{
    public async Task<Result<DateTime>> SendAsync(long documentId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(OrderPermissions.Edit);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var document = await db.Set<OrderDocument>().SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return Result<DateTime>.Fail(new Error(ErrorCodes.NotFound, "There is no such document."));
        }

        var order = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == document.OrderId, ct);
        if (string.IsNullOrWhiteSpace(order.CustomerEmail))
        {
            return Result<DateTime>.Fail(new Error("no-email", "The order has no e-mail address; add one to the order or print the document."));
        }

        var shop = await db.CompanyProfiles.AsNoTracking().Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "ShopCrm";
        var rendered = (await documents.RenderAsync(documentId, ct))!;
        var title = OrderDocumentPdf.TitleOf(document.Type);
        var html = await renderer.RenderAsync<OrderDocumentMail>(new Dictionary<string, object?>
        {
            [nameof(OrderDocumentMail.ShopName)] = shop,
            [nameof(OrderDocumentMail.CustomerName)] = order.CustomerName,
            [nameof(OrderDocumentMail.OrderNumber)] = order.Number,
            [nameof(OrderDocumentMail.DocumentNumber)] = document.Number,
            [nameof(OrderDocumentMail.DocumentTitle)] = title,
        });
        var now = clock.UtcNow;
        db.EnqueueEmail(new EmailMessage
        {
            To = [new EmailAddress(order.CustomerEmail, order.CustomerName)],
            Subject = $"{shop}: {title} {document.Number}",
            HtmlBody = html,
            Attachments = [new EmailAttachment(rendered.FileName, "application/pdf", rendered.Pdf)],
        }, now);
        document.LastSentAt = now;
        await db.SaveChangesAsync(ct);
        return Result<DateTime>.Ok(now);
    }
}
