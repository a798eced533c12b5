using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Core.Security;
using System.Net.Http.Json;
using ShopCrm.Orders;
using ShopCrm.Orders.Api;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Tests.Core.Pdf;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class OrderTests(BrowserApp app)
{
    [Fact]
    public async Task A_phone_order_is_taken_confirmed_paid_picked_packed_shipped_and_invoiced()
    {
        var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var sku = $"KOL-{run}";
        var phone = $"60{Random.Shared.Next(1_000_000, 9_999_999)}";
        var (productId, clientName) = await SeedAsync(run, sku, phone);

        await using (var session = await app.OpenSessionAsync())
        {
            var page = session.Page;
            var shell = await DemoLogin.AsAsync(page, Roles.OrderManager);
            await page.GotoAsync(NewOrderPage.Path);
            var form = new NewOrderPage(page);
            await Expect(form.Heading).ToBeVisibleAsync();
            await shell.WaitUntilInteractiveAsync();

            await form.ClientSearch.FillAsync(phone[..3] + " " + phone[3..6] + " " + phone[6..]);
            await form.FindClientButton.ClickAsync();
            await form.ChooseClient(clientName).ClickAsync();
            await Expect(form.ChosenClient).ToContainTextAsync(clientName);
            await form.ProductSearch.FillAsync(sku);
            await form.FindModelButton.ClickAsync();
            await Expect(form.ModelsFound).ToContainTextAsync(": 5");
            await form.AddModel(sku).ClickAsync();
            await Expect(page.GetByText("Total: net 200.00 PLN")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "ordermanager-new-phone-order");
            await form.SaveButton.ClickAsync();

            await Expect(page).ToHaveURLAsync(OrderCardPage.Address);
            var card = new OrderCardPage(page);
            await Expect(card.Heading).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^ZAM/\d{4}/\d{5}$"));
            await shell.WaitUntilInteractiveAsync();
            await Expect(card.Status).ToContainTextAsync("New");
            await card.Step("Confirm (reserve stock)").ClickAsync();
            await Expect(card.Status).ToContainTextAsync("Confirmed");
            Assert.Equal(1, await ReservedAsync(productId));
            await card.Step("Mark paid").ClickAsync();
            await Expect(card.Status).ToContainTextAsync("Paid");
            await Expect(card.History).ToContainTextAsync("Confirmed → Paid");
            await Screenshots.SaveAsync(page, "ordermanager-order-paid");
            Assert.Empty(session.BrowserErrors);
        }

        var number = await NumberOfLastOrderAsync(productId);
        await using (var session = await app.OpenSessionAsync())
        {
            var page = session.Page;
            var shell = await DemoLogin.AsAsync(page, Roles.Warehouse);
            await shell.OpenMenuEntryAsync("Assembly and packing", AssemblyQueuePage.Path);
            await shell.WaitUntilLoadedAsync();
            var queue = new AssemblyQueuePage(page);
            await queue.FindAsync(number);
            await queue.Button($"Start picking {number}").ClickAsync();
            await Expect(queue.RowFor(number)).ToContainTextAsync("In assembly");
            await queue.Button($"Mark {number} packed").ClickAsync();
            await Expect(queue.RowFor(number)).ToContainTextAsync("Packed");
            await queue.CarrierOf(number).ClickAsync();
            await queue.Option("DPD").ClickAsync();
            await queue.TrackingOf(number).FillAsync($"0000{run}");
            await Screenshots.SaveAsync(page, "warehouse-assembly-ship");
            await queue.Button($"Ship {number}").ClickAsync();
            await Expect(queue.RowFor(number)).ToHaveCountAsync(0);
            Assert.Empty(session.BrowserErrors);
        }

        await using (var session = await app.OpenSessionAsync())
        {
            var page = session.Page;
            var shell = await DemoLogin.AsAsync(page, Roles.OrderManager);
            await page.GotoAsync($"/orders/{await IdOfAsync(number)}");
            var card = new OrderCardPage(page);
            await Expect(card.Heading).ToHaveTextAsync(number);
            await shell.WaitUntilInteractiveAsync();
            await card.IssueButton("Issue invoice").ClickAsync();
            await Expect(card.Documents).ToContainTextAsync("Invoice");
            await Screenshots.SaveAsync(page, "ordermanager-order-documents");

            var invoiceNumber = (await card.DocumentNumbers.First.InnerTextAsync()).Trim();
            Assert.Matches(@"^FV/\d{4}/\d{5}$", invoiceNumber);
            var pdf = await page.APIRequest.GetAsync(await card.DownloadLink(invoiceNumber).GetAttributeAsync("href") ?? "");
            Assert.Equal(200, pdf.Status);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            var text = PdfText.Extract(await pdf.BodyAsync());
            Assert.Contains($"Faktura VAT {invoiceNumber}", text, StringComparison.Ordinal);
            Assert.Contains(clientName, text, StringComparison.Ordinal);
            Assert.Matches(@"Razem\s+200,00 PLN\s+46,00 PLN\s+246,00 PLN", text);
            Assert.Empty(session.BrowserErrors);
        }

        // The sale of the reserved stock follows the dispatch in the background.
        await app.Services.GetRequiredService<DomainEventDispatcher>().DeliverUntilIdleAsync(TimeSpan.FromSeconds(30));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var order = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Number == number);
        Assert.Equal((OrderStatus.Shipped, "DPD", $"0000{run}", PaymentState.Paid), (order.Status, order.Carrier, order.TrackingNumber, order.PaymentState));
        var stock = await db.Set<ProductStock>().AsNoTracking().SingleAsync(s => s.ProductId == productId);
        Assert.Equal((4, 0), (stock.OnHand, stock.Reserved));
    }

    [Fact]
    public async Task A_manager_changes_the_lines_of_a_confirmed_order_after_a_conflict_with_another_editor()
    {
        var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var reelSku = $"KOL-{run}";
        var spareSku = $"SZP-{run}";
        var reelId = await OrderSeed.ModelAsync(app.Services, run, reelSku, 5);
        var spareId = await OrderSeed.ModelAsync(app.Services, run, spareSku, 5);
        var orders = app.Services.GetRequiredService<OrderService>();
        var placed = await orders.PlaceAsync(new OrderDraft
        {
            CustomerName = $"Marek Zmiana {run}",
            CustomerEmail = $"marek.{run.ToLowerInvariant()}@example.pl",
            Street = "ul. Rybna 4",
            PostalCode = "30-254",
            City = "Kraków",
            Lines = [new OrderLineDraft(reelId, 1)],
        });
        Assert.True(placed.Succeeded, placed.Error?.Message);
        var confirmed = await app.Services.GetRequiredService<OrderWorkflow>().ChangeStatusAsync(new OrderStatusRequest(placed.Value!.Id, placed.Value.Version, OrderStatus.Confirmed));
        Assert.True(confirmed.Succeeded, confirmed.Error?.Message);

        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.OrderManager);
        await page.GotoAsync($"/orders/{placed.Value.Id}");
        var card = new OrderCardPage(page);
        await Expect(card.Heading).ToHaveTextAsync(placed.Value.Number);
        await shell.WaitUntilInteractiveAsync();

        await card.ChangeLinesButton.ClickAsync();
        await card.QuantityOf(reelSku).FillAsync("2");
        await card.ProductSearch.FillAsync(spareSku);
        await card.FindModelButton.ClickAsync();
        await card.AddModel(spareSku).ClickAsync();
        await Expect(card.LinesForm).ToContainTextAsync("New total: net 600.00 PLN");
        await Screenshots.SaveAsync(page, "ordermanager-order-change-lines");

        // Someone else changes the same order while this manager is still editing.
        var current = await VersionAsync(placed.Value.Id);
        var other = await app.Services.GetRequiredService<OrderLineEditor>().ChangeLinesAsync(placed.Value.Id, current, [new OrderLineChange(await LineIdAsync(placed.Value.Id, reelId), reelId, 4)]);
        Assert.True(other.Succeeded, other.Error?.Message);
        await card.SaveLinesButton.ClickAsync();
        await Expect(card.LinesAlert).ToContainTextAsync("Someone else changed this order");
        await Screenshots.SaveAsync(page, "ordermanager-order-change-lines-conflict");
        Assert.Equal((5, 4), await OrderSeed.StockAsync(app.Services, reelId));
        Assert.Equal((5, 0), await OrderSeed.StockAsync(app.Services, spareId));

        await card.ReloadButton.ClickAsync();
        await Expect(card.Lines).ToContainTextAsync("984.00 PLN");
        await card.ChangeLinesButton.ClickAsync();
        await card.QuantityOf(reelSku).FillAsync("2");
        await card.ProductSearch.FillAsync(spareSku);
        await card.FindModelButton.ClickAsync();
        await card.AddModel(spareSku).ClickAsync();
        await card.SaveLinesButton.ClickAsync();

        await Expect(card.LinesForm).ToHaveCountAsync(0);
        await Expect(card.Lines).ToContainTextAsync("738.00 PLN");
        await Expect(card.History).ToContainTextAsync($"Lines changed: {reelSku} × 2, {spareSku} × 1");
        await Screenshots.SaveAsync(page, "ordermanager-order-lines-changed");
        Assert.Equal((5, 2), await OrderSeed.StockAsync(app.Services, reelId));
        Assert.Equal((5, 1), await OrderSeed.StockAsync(app.Services, spareId));
        Assert.Empty(session.BrowserErrors);
    }

    [Fact]
    public async Task An_order_sent_twice_by_the_e_shop_shows_once_in_the_order_list()
    {
        var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var sku = $"WWW-{run}";
        await OrderSeed.ModelAsync(app.Services, run, sku, 5);
        var customer = $"Podwójna{run.ToLowerInvariant()}";
        var body = new SiteOrderDto(
            $"SKLEP-{run}",
            new SiteCustomerDto(null, "Ewa", customer, null, null, $"ewa.{run.ToLowerInvariant()}@example.pl", null, null),
            Guest: true,
            "BankTransfer",
            "ParcelLocker",
            null,
            new SiteAddressDto("ul. Wiślana 3", "31-007", "Kraków", "PL"),
            null,
            [new SiteOrderLineDto(sku, 1)]);
        using var site = await app.SiteClientAsync(OrderPermissions.SitePlace);

        var first = await site.PostAsJsonAsync("/api/v1/orders", body);
        var again = await site.PostAsJsonAsync("/api/v1/orders", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, again.StatusCode);

        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.OrderManager);
        await shell.OpenMenuEntryAsync("Orders", "/orders");
        await shell.WaitUntilLoadedAsync();
        var rows = page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Ewa {customer}" });
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("E-shop");
        await Screenshots.SaveAsync(page, "ordermanager-site-order-listed-once");
        Assert.Empty(session.BrowserErrors);
    }

    private async Task<int> VersionAsync(long orderId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Version).SingleAsync();
    }

    private async Task<long> LineIdAsync(long orderId, int productId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<OrderLine>().Where(l => l.OrderId == orderId && l.ProductId == productId).Select(l => l.Id).SingleAsync();
    }

    private async Task<long> IdOfAsync(string number)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<Order>().Where(o => o.Number == number).Select(o => o.Id).SingleAsync();
    }

    private async Task<(int ProductId, string ClientName)> SeedAsync(string run, string sku, string phone)
    {
        var productId = await OrderSeed.ModelAsync(app.Services, run, sku, 5);
        var lastName = $"Wiśniewska{run.ToLowerInvariant()}";
        var client = await app.Services.GetRequiredService<IClientDirectory>().CreateAsync(new ClientDraft
        {
            FirstName = "Zofia",
            LastName = lastName,
            Email = $"zofia.{run.ToLowerInvariant()}@example.pl",
            Phone = phone,
            Street = "ul. Długa 12",
            PostalCode = "80-831",
            City = "Gdańsk",
        });
        Assert.True(client.Succeeded, string.Join("; ", client.Errors.Values));
        return (productId, $"Zofia {lastName}");
    }

    private async Task<int> ReservedAsync(int productId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<ProductStock>().Where(s => s.ProductId == productId).SumAsync(s => s.Reserved);
    }

    private async Task<string> NumberOfLastOrderAsync(int productId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<Order>().Where(o => o.Lines.Any(l => l.ProductId == productId)).Select(o => o.Number).SingleAsync();
    }
}
