using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Documents;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Certificates.Api;

// Printable cards as plain HTTP downloads (not through the circuit): one card, or a whole batch. A card
// shows its code in full, so both need the permission to print (CertificatePermissions.Print).
public static class CertificateDownloads
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/certificates/{id:long}/card.pdf", async (long id, IDbContextFactory<ShopDbContext> contexts, CertificateMails mails, CancellationToken ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var card = await db.Set<Certificate>().AsNoTracking().Include(c => c.Series).SingleOrDefaultAsync(c => c.Id == id, ct);
                if (card is null)
                {
                    return Results.NotFound();
                }

                var shop = await db.CompanyProfiles.AsNoTracking().FirstAsync(ct);
                var pdf = CertificateCardPdf.Render(mails.CardOf(card, shop, card.Series!));
                return Results.File(pdf, "application/pdf", $"gift-card-{card.Code}.pdf");
            })
            .RequirePermission(CertificatePermissions.Print)
            .ExcludeFromDescription();

        // A catch-all, because company order numbers such as ZAM/2026/117 contain slashes.
        endpoints.MapGet("/certificates/batch-cards/{**reference}", async (string reference, IDbContextFactory<ShopDbContext> contexts, CertificateMails mails, CancellationToken ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var cards = await db.Set<Certificate>().AsNoTracking().Include(c => c.Series)
                    .Where(c => c.BatchReference == reference).OrderBy(c => c.Id).ToListAsync(ct);
                if (cards.Count == 0)
                {
                    return Results.NotFound();
                }

                var shop = await db.CompanyProfiles.AsNoTracking().FirstAsync(ct);
                var pdf = CertificateCardPdf.RenderMany(cards.Select(c => mails.CardOf(c, shop, c.Series!)));
                return Results.File(pdf, "application/pdf", $"gift-cards-{FileNamePart(reference)}.pdf");
            })
            .RequirePermission(CertificatePermissions.Print)
            .ExcludeFromDescription();
    }

    public static string BatchCardsAddress(string reference) =>
        "/certificates/batch-cards/" + string.Join('/', reference.Split('/').Select(Uri.EscapeDataString));

    private static string FileNamePart(string reference) =>
        new(reference.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
}
