using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Documents;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Mail;
using ShopCrm.Core.Company;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;
using ShopCrm.Core.Formatting;
using ShopCrm.Core.Money;
using ShopCrm.Core.Security;

namespace ShopCrm.Catalog.Services.Restock;

// The warehouse's digest of new restock alerts and the purchase order mailed to a supplier. Both are built
// inside the caller's transaction (given its context) and queued through the outbox with it.
internal sealed class RestockMails(EmailTemplateRenderer renderer)
{
    private const int DigestLines = 50;

    // Null when nobody works in the warehouse: there is no one to tell.
    public async Task<EmailMessage?> DigestAsync(ShopDbContext db, IReadOnlyList<long> alertIds, CancellationToken ct = default)
    {
        var recipients = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.Warehouse && user.Email != null
                orderby user.Email
                select new { user.Email, user.FullName })
            .ToListAsync(ct);
        if (recipients.Count == 0 || alertIds.Count == 0)
        {
            return null;
        }

        var shown = alertIds.Order().Take(DigestLines).ToList();
        var lines = await (
                from alert in db.Set<RestockAlert>()
                join product in db.Set<Product>() on alert.ProductId equals product.Id
                join supplier in db.Set<Supplier>() on alert.SupplierId equals supplier.Id into suppliers
                from supplier in suppliers.DefaultIfEmpty()
                where shown.Contains(alert.Id)
                orderby product.Name
                select new { product.Name, product.Sku, alert.Reason, alert.Available, alert.Minimum, alert.SuggestedQuantity, Supplier = supplier.Name })
            .ToListAsync(ct);
        var shop = await ShopAsync(db, ct);
        var html = await renderer.RenderAsync<RestockDigestMail>(new Dictionary<string, object?>
        {
            [nameof(RestockDigestMail.ShopName)] = shop.Name,
            [nameof(RestockDigestMail.Total)] = alertIds.Count,
            [nameof(RestockDigestMail.Lines)] = lines
                .Select(l => new RestockDigestLine(l.Name, l.Sku, RestockText.Reason(l.Reason), l.Available, l.Minimum, l.SuggestedQuantity, l.Supplier))
                .ToList(),
        });
        return new EmailMessage
        {
            To = [.. recipients.Select(r => new EmailAddress(r.Email!, string.IsNullOrWhiteSpace(r.FullName) ? null : r.FullName))],
            Subject = $"Restock: {alertIds.Count} {(alertIds.Count == 1 ? "model" : "models")} to order",
            HtmlBody = html,
        };
    }

    public async Task<EmailMessage> PurchaseOrderAsync(PurchaseOrderDocument order, string supplierEmail)
    {
        var total = order.Lines.Sum(l => (l.PurchasePriceMinor ?? 0) * l.Quantity);
        var buyer = order.Buyer;
        var html = await renderer.RenderAsync<PurchaseOrderMail>(new Dictionary<string, object?>
        {
            [nameof(PurchaseOrderMail.ShopName)] = buyer.Name,
            [nameof(PurchaseOrderMail.ContactName)] = order.SupplierContact,
            [nameof(PurchaseOrderMail.Number)] = order.Number,
            [nameof(PurchaseOrderMail.LineCount)] = order.Lines.Count,
            [nameof(PurchaseOrderMail.TotalNet)] = DocumentFormat.Money(total, order.Currency),
            [nameof(PurchaseOrderMail.Footer)] = $"{buyer.Name}, {buyer.Street}, {buyer.PostalCode} {buyer.City} · NIP {buyer.VatId} · {buyer.Email} · {buyer.Phone}",
        });
        return new EmailMessage
        {
            To = [new EmailAddress(supplierEmail, order.SupplierContact ?? order.SupplierName)],
            Subject = $"Zamówienie {order.Number} – {buyer.Name}",
            HtmlBody = html,
            ReplyTo = string.IsNullOrWhiteSpace(buyer.Email) ? null : new EmailAddress(buyer.Email, buyer.Name),
            Attachments = [new EmailAttachment(PurchaseOrderPdf.FileName(order.Number), "application/pdf", PurchaseOrderPdf.Render(order))],
        };
    }

    internal static async Task<CompanyProfile> ShopAsync(ShopDbContext db, CancellationToken ct) =>
        await db.CompanyProfiles.AsNoTracking().FirstOrDefaultAsync(ct) ?? new CompanyProfile { Name = "ShopCrm" };
}
