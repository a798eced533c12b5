using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Documents;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Jobs;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Suppliers;
using ShopCrm.Core.Data;
using ShopCrm.Core.Outbox;
using ShopCrm.Tests.Core.Email;
using ShopCrm.Tests.Core.Pdf;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class PurchaseOrderTests(SmtpServerFixture smtp) : IClassFixture<SmtpServerFixture>
{
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    private Task<CoreHost> StartAsync(DatabaseProvider provider, bool realSmtp = false) =>
        CoreHost.StartAsync(
            provider,
            s => s.AddSingleton<TimeProvider>(clock),
            realSmtp
                ? new Dictionary<string, string?>
                {
                    ["Email:Mode"] = "Smtp",
                    ["Email:Host"] = "127.0.0.1",
                    ["Email:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
                    ["Email:FromAddress"] = "sklep@wedkarskiraj.pl",
                }
                : null);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Chosen_alerts_become_one_purchase_order_per_supplier_numbered_without_gaps(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var shop = await RestockTestData.CreateAsync(host);
        var jaxon = await shop.SupplierAsync("Jaxon Polska", 7);
        var dragon = await shop.SupplierAsync("Dragon Hurt", 10);
        var rod = await shop.ModelAsync("WS-240", "Wędka spinningowa Jaxon 2,40 m", 1, 5, jaxon, "JX-WS240", 12900);
        var reel = await shop.ModelAsync("KO-30", "Kołowrotek Jaxon 3000", 0, 2, jaxon, "JX-KO30", 8450);
        var line = await shop.ModelAsync("ZY-25", "Żyłka Dragon 0,25 mm", 2, 10, dragon, "DR-025", 1290);
        var orphan = await shop.ModelAsync("SP-4", "Spławik 4 g", 0, 3);
        await ActivatorUtilities.CreateInstance<RestockJob>(host.Services).RunAsync();
        var alerts = await AlertsByProductAsync(host);
        var orders = host.Get<PurchaseOrderService>();

        var refused = await orders.CreateFromAlertsAsync([new(alerts[rod.Id], 4), new(alerts[orphan.Id], 3)]);
        Assert.Equal("\"Spławik 4 g\" has no leading supplier. Set one on the model's Suppliers tab, or leave it out of the order.", refused.Error?.Message);

        var made = await orders.CreateFromAlertsAsync([new(alerts[rod.Id], 6), new(alerts[reel.Id], 2), new(alerts[line.Id], 8)]);

        Assert.True(made.Succeeded, made.Error?.Message);
        Assert.Equal(["ZD/2026/00001", "ZD/2026/00002"], made.Value!.Select(o => o.Number));
        Assert.Equal(["Dragon Hurt", "Jaxon Polska"], made.Value!.Select(o => o.SupplierName));
        await using (var db = await host.NewContextAsync())
        {
            var jaxonOrder = await db.Set<PurchaseOrder>().Include(o => o.Lines).SingleAsync(o => o.SupplierId == jaxon.Id);
            Assert.Equal((PurchaseOrderStatus.Draft, "ZD/2026/00002"), (jaxonOrder.Status, jaxonOrder.Number));
            Assert.Equal(
                [("JX-KO30", reel.Id, 2, 8450L), ("JX-WS240", rod.Id, 6, 12900L)],
                jaxonOrder.Lines.OrderBy(l => l.SupplierCode).Select(l => (l.SupplierCode, l.ProductId, l.Quantity, l.PurchasePriceMinor ?? 0)));
            var ordered = await db.Set<RestockAlert>().Where(a => a.Status == RestockAlertStatus.Ordered).ToListAsync();
            Assert.Equal(3, ordered.Count);
            Assert.All(ordered.Where(a => a.SupplierId == jaxon.Id), a => Assert.Equal(jaxonOrder.Id, a.PurchaseOrderId));
        }

        // Ordering an alert again is refused, and the refused attempt leaves no hole in the numbers.
        var twice = await orders.CreateFromAlertsAsync([new(alerts[rod.Id], 6)]);
        Assert.False(twice.Succeeded);
        var late = await shop.ModelAsync("ZY-30", "Żyłka Dragon 0,30 mm", 0, 10, dragon, "DR-030", 1390);
        await ActivatorUtilities.CreateInstance<RestockJob>(host.Services).RunAsync();
        var next = await orders.CreateFromAlertsAsync([new((await AlertsByProductAsync(host))[late.Id], 20)]);
        Assert.Equal("ZD/2026/00003", Assert.Single(next.Value!).Number);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_purchase_order_pdf_names_the_shop_the_supplier_and_the_lines_in_polish(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var shop = await RestockTestData.CreateAsync(host);
        var supplier = await shop.SupplierAsync("Hurtownia Żyłek „Szczupak”", 14, "biuro@szczupak.pl", "Grzegorz Łukasiewicz");
        var reel = await shop.ModelAsync("KO-40", "Kołowrotek Shimano Ultegra 4000 Żółty", 0, 2, supplier, "SH-ULT-4000", 123400);
        await ActivatorUtilities.CreateInstance<RestockJob>(host.Services).RunAsync();
        var alerts = await AlertsByProductAsync(host);
        var orders = host.Get<PurchaseOrderService>();
        var order = Assert.Single((await orders.CreateFromAlertsAsync([new(alerts[reel.Id], 3)])).Value!);

        var text = PdfText.Extract(PurchaseOrderPdf.Render((await orders.DocumentAsync(order.Id))!));

        Assert.Contains("Zamówienie do dostawcy ZD/2026/00001", text, StringComparison.Ordinal);
        Assert.Contains("Wędkarski Raj sp. z o.o.", text, StringComparison.Ordinal);
        Assert.Contains("ul. Rybacka 12, 80-001 Gdańsk", text, StringComparison.Ordinal);
        Assert.Contains("Hurtownia Żyłek „Szczupak”", text, StringComparison.Ordinal);
        Assert.Contains("Grzegorz Łukasiewicz", text, StringComparison.Ordinal);
        Assert.Contains("SH-ULT-4000", text, StringComparison.Ordinal);
        Assert.Contains("Kołowrotek Shimano Ultegra 4000 Żółty", text, StringComparison.Ordinal);
        Assert.Contains("24.03.2026 (14 dni)", text, StringComparison.Ordinal);
        var flat = Flat(text);
        Assert.Contains("3szt.", flat, StringComparison.Ordinal);
        Assert.Contains("1234,00PLN", flat, StringComparison.Ordinal);
        Assert.Contains("Razemnetto3702,00PLN", flat, StringComparison.Ordinal);
        Assert.Contains("Strona 1 z 1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_digest_and_the_order_with_its_pdf_reach_the_smtp_server_through_the_outbox(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider, realSmtp: true);
        var shop = await RestockTestData.CreateAsync(host);
        var worker = $"magazyn-{Guid.NewGuid():N}@wedkarskiraj.pl";
        var supplierEmail = $"zamowienia-{Guid.NewGuid():N}@szczupak.pl";
        await shop.WarehouseWorkerAsync(worker, "Paweł Łęcki");
        var supplier = await shop.SupplierAsync("Hurtownia Szczupak", 7, supplierEmail, "Grzegorz Łukasiewicz");
        var rod = await shop.ModelAsync("WS-240", "Wędka spinningowa Jaxon 2,40 m", 1, 5, supplier, "SZ-240", 12900);
        await ActivatorUtilities.CreateInstance<RestockJob>(host.Services).RunAsync();
        var orders = host.Get<PurchaseOrderService>();
        var order = Assert.Single((await orders.CreateFromAlertsAsync([new((await AlertsByProductAsync(host))[rod.Id], 10)])).Value!);

        var sent = await orders.SendToSupplierAsync(order.Id);
        var again = await orders.SendToSupplierAsync(order.Id);
        var delivered = await ActivatorUtilities.CreateInstance<OutboxDeliveryJob>(host.Services).DeliverDueAsync(CancellationToken.None);

        Assert.True(sent.Succeeded, sent.Error?.Message);
        Assert.Equal("This order has already been sent.", again.Error?.Message);
        Assert.Equal(2, delivered);
        await using (var db = await host.NewContextAsync())
        {
            var stored = await db.Set<PurchaseOrder>().SingleAsync(o => o.Id == order.Id);
            Assert.Equal((PurchaseOrderStatus.Sent, clock.GetUtcNow().UtcDateTime), (stored.Status, stored.SentAt!.Value));
        }

        var digest = await smtp.WaitForMessageAsync(worker, TimeSpan.FromSeconds(10));
        Assert.Equal("Restock: 1 model to order", digest.Header("Subject"));
        Assert.Contains("Wędka spinningowa Jaxon 2,40 m", WebUtility.HtmlDecode(digest.Leaves().Single(p => p.MediaType == "text/html").Text), StringComparison.Ordinal);

        var mail = await smtp.WaitForMessageAsync(supplierEmail, TimeSpan.FromSeconds(10));
        Assert.Equal("Zamówienie ZD/2026/00001 – Wędkarski Raj sp. z o.o.", mail.Header("Subject"));
        Assert.Contains("Dzień dobry Grzegorz Łukasiewicz", WebUtility.HtmlDecode(mail.Leaves().Single(p => p.MediaType == "text/html").Text), StringComparison.Ordinal);
        var pdf = Assert.Single(mail.Leaves(), p => p.MediaType == "application/pdf");
        Assert.Equal("zamowienie-ZD-2026-00001.pdf", pdf.FileName);
        var text = PdfText.Extract(pdf.Body);
        Assert.Contains("Zamówienie do dostawcy ZD/2026/00001", text, StringComparison.Ordinal);
        Assert.Contains("Wędka spinningowa Jaxon 2,40 m", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_order_to_a_supplier_without_an_e_mail_is_not_sent(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var shop = await RestockTestData.CreateAsync(host);
        var supplier = await shop.SupplierAsync("Sklep Pana Józefa", 3);
        var rod = await shop.ModelAsync("WS-240", "Wędka spinningowa Jaxon 2,40 m", 1, 5, supplier);
        await ActivatorUtilities.CreateInstance<RestockJob>(host.Services).RunAsync();
        var orders = host.Get<PurchaseOrderService>();
        var order = Assert.Single((await orders.CreateFromAlertsAsync([new((await AlertsByProductAsync(host))[rod.Id], 10)])).Value!);

        var sent = await orders.SendToSupplierAsync(order.Id);

        Assert.Equal("Sklep Pana Józefa has no e-mail address. Add one on the supplier's card, or download the PDF and send it yourself.", sent.Error?.Message);
        await using var db = await host.NewContextAsync();
        Assert.Equal(PurchaseOrderStatus.Draft, (await db.Set<PurchaseOrder>().SingleAsync()).Status);
        Assert.Empty(await db.OutboxMessages.ToListAsync());
    }

    private static async Task<Dictionary<int, long>> AlertsByProductAsync(CoreHost host)
    {
        await using var db = await host.NewContextAsync();
        return await db.Set<RestockAlert>().Where(a => a.Status == RestockAlertStatus.Open).ToDictionaryAsync(a => a.ProductId, a => a.Id);
    }

    private static string Flat(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
