using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Identity;
using ShopCrm.Core.Money;
using ShopCrm.Orders;
using ShopCrm.Orders.Api;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services.Documents;
using ShopCrm.Tests.Core.Pdf;
using ShopCrm.Tests.Infrastructure;
using ShopCrm.Web.Demo;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Security;

// Issue 11 item 8 replayed as the e-shop and an order manager see it: a model at 14.99 on the shelf cost
// 29.99 for two and 3 x 19.99 cost 59.96, because the lines were multiplied net; the invoice then
// disagreed with the price the customer saw.
public sealed class ShelfPriceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_site_order_costs_the_shelf_price_times_the_quantity_in_the_api_the_order_and_the_invoice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new WebAppFactory { Provider = provider, ConnectionString = database.ConnectionString };
        var shop = await ShopClientAsync(factory);
        var float1499 = await ModelAsync(factory, 1499);
        var reel1999 = await ModelAsync(factory, 1999);

        var two = await PlaceAsync(shop, float1499, 2);
        var three = await PlaceAsync(shop, reel1999, 3);

        Assert.Equal((29.98m, 29.98m, "Gross"), (two.GetProperty("gross").GetDecimal(), two.GetProperty("payable").GetDecimal(), two.GetProperty("priceBasis").GetString()));
        Assert.Equal((59.97m, 59.97m, "Gross"), (three.GetProperty("gross").GetDecimal(), three.GetProperty("payable").GetDecimal(), three.GetProperty("priceBasis").GetString()));
        var status = await shop.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{three.GetProperty("siteOrderId").GetString()}");
        Assert.Equal(59.97m, status.GetProperty("gross").GetDecimal());

        long orderId;
        await using (var db = await NewContextAsync(factory))
        {
            var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Number == two.GetProperty("number").GetString());
            orderId = order.Id;
            Assert.Equal(PriceBasis.Gross, order.PriceBasis);
            var line = Assert.Single(order.Lines);
            Assert.Equal((1499L, 2998L, 561L, 2437L), (line.UnitGrossMinor, line.GrossMinor, line.VatMinor, line.NetMinor));
            Assert.Equal((2998L, 561L, 2437L), (order.GrossMinor, order.VatMinor, order.NetMinor));
        }

        var document = await IssueInvoiceAsOrderManagerAsync(factory, orderId);
        var manager = await factory.LogInAsync("orders@demo.shopcrm.pl", DemoAccounts.Password);
        var pdf = await manager.GetAsync(OrderDocumentDownloads.DocumentAddress(orderId, document.Id));

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(2998, document.GrossMinor);
        var text = PdfText.Extract(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Matches(@"2 szt\.\s+14,99 PLN\s+23%\s+24,37 PLN\s+5,61 PLN\s+29,98 PLN", text);
        Assert.Matches(@"Razem\s+24,37 PLN\s+5,61 PLN\s+29,98 PLN", text);
        Assert.Matches(@"Razem do zapłaty\s+29,98 PLN", text);
        Assert.Contains("VAT liczony od brutto", text);
        Assert.DoesNotContain("29,99", text);
        Assert.Contains("Dokument wystawił(a): Marek Zamówieniowy.", text);
        Assert.DoesNotContain("orders@demo.shopcrm.pl", text);
    }

    // The order card issues documents in the manager's circuit, whose user CurrentUser takes from CircuitUser.
    private static async Task<OrderDocumentRow> IssueInvoiceAsOrderManagerAsync(WebAppFactory factory, long orderId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        var manager = await users.FindByEmailAsync("orders@demo.shopcrm.pl");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ShopUser>>().CreateAsync(manager!);
        CurrentUser.CircuitUser = principal;
        try
        {
            var issued = await scope.ServiceProvider.GetRequiredService<OrderDocuments>().IssueAsync(orderId, OrderDocumentType.Invoice);
            Assert.True(issued.Succeeded, issued.Error?.Message);
            return issued.Value!;
        }
        finally
        {
            CurrentUser.CircuitUser = null;
        }
    }

    private static async Task<JsonElement> PlaceAsync(HttpClient shop, string sku, int quantity)
    {
        var order = ASiteOrder().AsGuest().WithLine(sku, quantity).Build();
        var response = await shop.PostAsJsonAsync("/api/v1/orders", order);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpClient> ShopClientAsync(WebAppFactory factory) => factory.CreateApiClientAsync("e-shop", OrderPermissions.SitePlace);

    // A published model priced on the shelf, its net derived by the VAT rule as the catalog does.
    private static async Task<string> ModelAsync(WebAppFactory factory, long shelfGrossMinor)
    {
        var model = await AModel(factory.Services).WithSkuPrefix("SHELF-").NamedAfterSku("Spławik ").PricedAt(shelfGrossMinor)
            .InStock(10, AWarehouse(factory.Services).Coded("SHELF", "Magazyn półki")).BuildAsync();
        return model.Sku;
    }

    private static Task<ShopDbContext> NewContextAsync(WebAppFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
}
