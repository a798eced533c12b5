using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;
using ShopCrm.Orders.Documents;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Orders.Services.Documents;
using ShopCrm.Tests.Core.Pdf;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Orders;

public sealed class OrderDocumentTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_invoice_shows_net_vat_and_gross_per_rate_for_mixed_23_and_8_percent_lines(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        await OrderDocumentTestData.SellerAsync(shop.Host);
        var book = await AModel(shop.Host.Services).WithSku("KSI-001").Named("Poradnik wędkarza").InNewCategory("Poradniki")
            .PricedAt(5400, netMinor: 5000).AtVat(8).InStock(20, shop.Warehouse).BuildAsync();
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 2), new OrderLineDraft(book.Id, 1)));
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);

        var issued = await Documents(shop).IssueAsync(placed.Id, OrderDocumentType.Invoice);

        Assert.True(issued.Succeeded, issued.Error?.Message);
        var year = shop.ShopYear;
        Assert.Equal($"FV/{year}/00001", issued.Value!.Number);
        Assert.Equal(30000, issued.Value.GrossMinor);
        var text = await TextAsync(shop, issued.Value.Id);
        Assert.Contains($"Faktura VAT FV/{year}/00001", text);
        Assert.Contains("Sklep Wędkarski Szczupak Sp. z o.o.", text);
        Assert.Contains("PL5840001122", text);
        Assert.Contains("Anna Kowalska", text);
        Assert.Contains("Kołowrotek", text);
        Assert.Contains("Poradnik wędkarza", text);
        // Taken by phone, the order is priced at the shelf: the unit price printed is the gross one.
        Assert.Matches(@"2 szt\.\s+123,00 PLN\s+23%\s+200,00 PLN\s+46,00 PLN\s+246,00 PLN", text);
        Assert.Matches(@"1 szt\.\s+54,00 PLN\s+8%\s+50,00 PLN\s+4,00 PLN\s+54,00 PLN", text);
        Assert.Contains("VAT liczony od brutto", text);
        Assert.Matches(@"23%\s+200,00 PLN\s+46,00 PLN\s+246,00 PLN", text);
        Assert.Matches(@"8%\s+50,00 PLN\s+4,00 PLN\s+54,00 PLN", text);
        Assert.Matches(@"Razem\s+250,00 PLN\s+50,00 PLN\s+300,00 PLN", text);
        Assert.Matches(@"Razem do zapłaty\s+300,00 PLN", text);
        Assert.Matches(@"Sposób płatności\s+przelew", text);
        Assert.Matches(@"Termin płatności\s+\d\d\.\d\d\.\d{4}", text);
        Assert.Contains("PL61 1090 1014 0000 0712 1981 2874", text);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_company_buyer_gets_its_vat_id_and_polish_and_cyrillic_names_render(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        await OrderDocumentTestData.SellerAsync(shop.Host);
        var placed = await shop.PlaceAsync(shop.Draft() with
        {
            ClientId = null,
            CustomerName = "Иван Петров",
            CustomerEmail = "ivan@example.test",
            CompanyName = "Przedsiębiorstwo Żółw Łódź",
            VatId = "PL7251234567",
            Street = "ul. Piotrkowska 1",
            PostalCode = "90-001",
            City = "Łódź",
        });
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);

        var issued = await Documents(shop).IssueAsync(placed.Id, OrderDocumentType.Invoice);

        var text = await TextAsync(shop, issued.Value!.Id);
        Assert.Matches(@"Nazwa\s+Przedsiębiorstwo Żółw Łódź", text);
        Assert.Matches(@"Osoba\s+Иван Петров", text);
        Assert.Matches(@"NIP\s+PL7251234567", text);
        Assert.Contains("ul. Piotrkowska 1, 90-001 Łódź", text);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Issuing_the_invoice_again_returns_the_same_one_and_a_new_order_gets_no_documents(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var placed = await shop.PlaceAsync(shop.Draft());

        var refused = await Documents(shop).IssueAsync(placed.Id, OrderDocumentType.Invoice);
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        var first = await Documents(shop).IssueAsync(placed.Id, OrderDocumentType.Invoice);
        var again = await Documents(shop).IssueAsync(placed.Id, OrderDocumentType.Invoice);
        var note = await Documents(shop).IssueAsync(placed.Id, OrderDocumentType.DeliveryNote);

        Assert.Equal("not-issuable", refused.Error!.Code);
        Assert.Equal(first.Value!.Id, again.Value!.Id);
        Assert.Equal($"WZ/{shop.ShopYear}/00001", note.Value!.Number);
        Assert.Equal([OrderDocumentType.Invoice, OrderDocumentType.DeliveryNote], (await Documents(shop).ListAsync(placed.Id)).Select(d => d.Type));
        var text = await TextAsync(shop, note.Value.Id);
        Assert.Contains("Wydanie zewnętrzne (WZ)", text);
        Assert.Matches(@"KOL-3000\s+Kołowrotek spinningowy 3000\s+1 szt\.", text);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_partial_return_gets_a_correction_invoice_with_before_after_and_difference(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        await OrderDocumentTestData.SellerAsync(shop.Host);
        var placed = await AnOrder(shop.Host.Services).ForClient(shop.Client).WithLine(shop.Reel, 3).WithLine(shop.Line, 2)
            .ShippedBy("InPost", "6200").Delivered().PlaceAsync();
        var invoice = await Documents(shop).IssueAsync(placed.Id, OrderDocumentType.Invoice);
        var order = await shop.LoadAsync(placed.Id);
        var returned = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(placed.Id, order.Version, OrderStatus.Returned)
        {
            ReturnedLines = [new ReturnedLine(order.Lines[0].Id, 1)],
            Note = "Uszkodzona rączka",
        });
        Assert.True(returned.Succeeded, returned.Error?.Message);
        long returnId;
        await using (var db = await shop.Host.NewContextAsync())
        {
            returnId = await db.Set<OrderReturn>().Where(r => r.OrderId == placed.Id).Select(r => r.Id).SingleAsync();
        }

        var correction = await Documents(shop).IssueCorrectionAsync(returnId);
        var twice = await Documents(shop).IssueCorrectionAsync(returnId);

        Assert.True(correction.Succeeded, correction.Error?.Message);
        Assert.Equal(correction.Value!.Id, twice.Value!.Id);
        var year = shop.ShopYear;
        Assert.Equal($"KOR/{year}/00001", correction.Value.Number);
        Assert.Equal(-12300, correction.Value.GrossMinor);
        var text = await TextAsync(shop, correction.Value.Id);
        Assert.Contains($"Faktura korygująca KOR/{year}/00001", text);
        Assert.Matches($@"Dotyczy faktury\s+{invoice.Value!.Number}", text);
        Assert.Contains("Zwrot towaru: Uszkodzona rączka", text);
        Assert.Matches(@"Przed korektą[\s\S]*3 szt\.\s+123,00 PLN\s+23%\s+300,00 PLN\s+69,00 PLN\s+369,00 PLN", text);
        Assert.Matches(@"Po korekcie[\s\S]*2 szt\.\s+123,00 PLN\s+23%\s+200,00 PLN\s+46,00 PLN\s+246,00 PLN", text);
        Assert.Matches(@"Różnica[\s\S]*-1 szt\.\s+123,00 PLN\s+23%\s+-100,00 PLN\s+-23,00 PLN\s+-123,00 PLN", text);
        Assert.Matches(@"Razem do zwrotu\s+123,00 PLN", text);
        Assert.DoesNotContain("PLE-020", text);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Invoices_issued_at_once_are_numbered_without_gaps_or_repeats(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider, reelsInStock: 50);
        var orders = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            var placed = await shop.PlaceAsync(shop.Draft());
            await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
            orders.Add(placed.Id);
        }

        // Every order twice at the same time: twelve invoices, each order with exactly one.
        var issued = await Task.WhenAll(orders.Concat(orders).Select(id => Task.Run(() => Documents(shop).IssueAsync(id, OrderDocumentType.Invoice))));

        Assert.All(issued, r => Assert.True(r.Succeeded, r.Error?.Message));
        var year = shop.ShopYear;
        await using var db = await shop.Host.NewContextAsync();
        var stored = await db.Set<OrderDocument>().Select(d => new { d.Id, d.OrderId, d.Number }).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"FV/{year}/{n:D5}"), stored.Select(d => d.Number).Order());
        Assert.Equal(orders.Order(), stored.Select(d => d.OrderId).Order());
        Assert.All(issued.GroupBy(r => r.Value!.Id), both => Assert.Equal(2, both.Count()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Documents_made_after_23_utc_on_new_years_eve_are_numbered_in_the_new_year_of_the_shop(DatabaseProvider provider)
    {
        // 22:30 UTC on 31 December is 23:30 in Warsaw, still the old year; an hour later it is 00:30 on 1 January.
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 31, 22, 30, 0, TimeSpan.Zero));
        await using var shop = await OrderFixture.StartAsync(provider, clock: clock);
        var anOrder = AnOrder(shop.Host.Services).ForClient(shop.Client).WithLine(shop.Reel).Confirmed();

        var lastOfTheYear = await anOrder.PlaceAsync();
        var lastInvoice = await Documents(shop).IssueAsync(lastOfTheYear.Id, OrderDocumentType.Invoice);
        clock.Advance(TimeSpan.FromHours(1));
        var firstOfTheYear = await anOrder.PlaceAsync();
        var firstInvoice = await Documents(shop).IssueAsync(firstOfTheYear.Id, OrderDocumentType.Invoice);

        Assert.Equal(("ZAM/2026/00001", "FV/2026/00001"), (lastOfTheYear.Number, lastInvoice.Value!.Number));
        Assert.Equal(("ZAM/2027/00001", "FV/2027/00001"), (firstOfTheYear.Number, firstInvoice.Value!.Number));
        Assert.Equal(2027, shop.ShopYear);
    }

    private static OrderDocuments Documents(OrderFixture shop) => shop.Host.Get<OrderDocuments>();

    private static async Task<string> TextAsync(OrderFixture shop, long documentId)
    {
        var rendered = await Documents(shop).RenderAsync(documentId);
        Assert.NotNull(rendered);
        await using var db = await shop.Host.NewContextAsync();
        var stored = await db.Set<OrderDocument>().SingleAsync(d => d.Id == documentId);
        Assert.NotNull(JsonSerializer.Deserialize<OrderDocumentSnapshot>(stored.Snapshot));
        return PdfText.Extract(rendered.Pdf);
    }
}
