using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Data;
using ShopCrm.Core.Outbox;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services.Documents;
using ShopCrm.Tests.Core.Email;
using ShopCrm.Tests.Core.Pdf;

namespace ShopCrm.Tests.Orders;

public sealed class OrderDocumentMailTests(SmtpServerFixture smtp) : IClassFixture<SmtpServerFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_invoice_reaches_the_customer_as_a_pdf_attachment_through_the_outbox(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider, settings: new Dictionary<string, string?>
        {
            ["Email:Mode"] = "Smtp",
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:FromAddress"] = "sklep@shopcrm.test",
        });
        await OrderDocumentTestData.SellerAsync(shop.Host);
        var email = $"faktura-{Guid.NewGuid():N}@example.test";
        var placed = await shop.PlaceAsync(shop.Draft() with { ClientId = null, CustomerName = "Zofia Wójcik", CustomerEmail = email, Street = "ul. Długa 1", PostalCode = "00-001", City = "Warszawa" });
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        var invoice = await shop.Host.Get<OrderDocuments>().IssueAsync(placed.Id, OrderDocumentType.Invoice);

        await using var scope = shop.Host.Services.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<OrderDocumentMails>().SendAsync(invoice.Value!.Id);
        await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync(CancellationToken.None);

        Assert.True(sent.Succeeded, sent.Error?.Message);
        var mail = await smtp.WaitForMessageAsync(email, TimeSpan.FromSeconds(10));
        Assert.Contains(invoice.Value.Number, mail.Header("Subject"));
        var pdf = Assert.Single(mail.Leaves(), p => p.MediaType == "application/pdf");
        Assert.Equal($"faktura-{invoice.Value.Number.Replace('/', '-')}.pdf", pdf.FileName);
        var text = PdfText.Extract(pdf.Body);
        Assert.Contains($"Faktura VAT {invoice.Value.Number}", text);
        Assert.Contains("Zofia Wójcik", text);
        Assert.NotNull((await shop.Host.Get<OrderDocuments>().ListAsync(placed.Id)).Single().LastSentAt);
    }
}
