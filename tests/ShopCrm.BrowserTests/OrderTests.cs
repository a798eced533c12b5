using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Orders.Domain;
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

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var order = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Number == number);
        Assert.Equal((OrderStatus.Shipped, "DPD", $"0000{run}", PaymentState.Paid), (order.Status, order.Carrier, order.TrackingNumber, order.PaymentState));
        var stock = await db.Set<ProductStock>().AsNoTracking().SingleAsync(s => s.ProductId == productId);
        Assert.Equal((4, 0), (stock.OnHand, stock.Reserved));
    }

    private async Task<long> IdOfAsync(string number)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<Order>().Where(o => o.Number == number).Select(o => o.Id).SingleAsync();
    }

    private async Task<(int ProductId, string ClientName)> SeedAsync(string run, string sku, string phone)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var category = new Category { Name = $"Kołowrotki {run}", Path = "/" };
        var warehouse = await db.Set<Warehouse>().FirstOrDefaultAsync(w => w.IsDefault && w.IsActive);
        if (warehouse is null)
        {
            warehouse = new Warehouse { Code = $"M{run}", Name = $"Magazyn {run}", IsDefault = true };
            db.Add(warehouse);
        }

        db.Add(category);
        await db.SaveChangesAsync();
        var product = new Product
        {
            Sku = sku,
            Name = $"Kołowrotek Shimano Sedona 2500 ({run})",
            NormalizedName = $"kolowrotek shimano sedona 2500 {run.ToLowerInvariant()}",
            CategoryId = category.Id,
            NetPriceMinor = 20000,
            GrossPriceMinor = 24600,
            Status = ProductStatus.Active,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Add(product);
        await db.SaveChangesAsync();
        var received = await app.Services.GetRequiredService<StockService>().ReceiveAsync(product.Id, warehouse.Id, 5, "Dostawa", null);
        Assert.True(received.Succeeded);
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
        return (product.Id, $"Zofia {lastName}");
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
