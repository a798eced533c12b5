using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Orders;
using ShopCrm.Orders.Api;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Orders;

public sealed class OrderApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task An_order_sent_twice_by_the_shop_is_placed_once_and_its_stock_reserved()
    {
        var client = await ShopClientAsync();
        var sku = await ModelInStockAsync(5);
        var body = SiteOrder("WWW-" + Guid.NewGuid().ToString("N")[..8], sku, 2, guest: false);

        var first = await client.PostAsJsonAsync("/api/v1/orders", body);
        var retry = await client.PostAsJsonAsync("/api/v1/orders", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var made = await first.Content.ReadFromJsonAsync<JsonElement>();
        var again = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(made.GetProperty("number").GetString(), again.GetProperty("number").GetString());
        Assert.Equal("Confirmed", again.GetProperty("status").GetString());
        Assert.Equal(246.00m, made.GetProperty("gross").GetDecimal());
        await using var db = await NewContextAsync();
        var order = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.SiteOrderId == body.SiteOrderId);
        Assert.Equal(OrderChannel.Site, order.Channel);
        var client2 = await db.Set<Client>().AsNoTracking().SingleAsync(c => c.Id == order.ClientId);
        Assert.Equal(body.Customer!.Email, client2.Email);
        var productId = await db.Set<Product>().Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync();
        Assert.Equal(2, await db.Set<ProductStock>().Where(s => s.ProductId == productId).SumAsync(s => s.Reserved));

        var status = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{body.SiteOrderId}");
        Assert.Equal("Unpaid", status.GetProperty("paymentState").GetString());
    }

    [Fact]
    public async Task A_guest_order_keeps_the_customer_on_the_order_and_makes_no_client()
    {
        var client = await ShopClientAsync();
        var sku = await ModelInStockAsync(1);
        var body = SiteOrder("WWW-" + Guid.NewGuid().ToString("N")[..8], sku, 1, guest: true);

        var response = await client.PostAsJsonAsync("/api/v1/orders", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = await NewContextAsync();
        var order = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.SiteOrderId == body.SiteOrderId);
        Assert.Null(order.ClientId);
        Assert.Equal(("Ewa Nowak", body.Customer!.Email), (order.CustomerName, order.CustomerEmail));
        Assert.False(await db.Set<Client>().AnyAsync(c => c.Email == body.Customer!.Email));
    }

    [Fact]
    public async Task An_order_without_stock_is_placed_but_stays_new_and_says_why()
    {
        var client = await ShopClientAsync();
        var sku = await ModelInStockAsync(1);

        var response = await client.PostAsJsonAsync("/api/v1/orders", SiteOrder("WWW-" + Guid.NewGuid().ToString("N")[..8], sku, 3, guest: true));

        var made = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("New", made.GetProperty("status").GetString());
        Assert.Contains("not enough stock", made.GetProperty("stockProblem").GetString());
    }

    [Fact]
    public async Task Bad_orders_get_problem_details_naming_every_field()
    {
        var client = await ShopClientAsync();
        var body = SiteOrder("WWW-" + Guid.NewGuid().ToString("N")[..8], "NO-SUCH-SKU", 1, guest: true) with { PaymentMethod = "Bitcoin" };

        var response = await client.PostAsJsonAsync("/api/v1/orders", body);
        var unknownSku = await client.PostAsJsonAsync("/api/v1/orders", body with { PaymentMethod = "Online" });
        var missing = await client.GetAsync("/api/v1/orders/NOT-THERE");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("paymentMethod", out _));
        var skuProblem = await unknownSku.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("NO-SUCH-SKU", skuProblem.GetProperty("errors").GetProperty("lines[0].sku")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_gift_card_code_sent_by_the_shop_pays_part_of_the_order()
    {
        var client = await ShopClientAsync();
        var sku = await ModelInStockAsync(2);
        var card = await GiftCardAsync(5000);
        var body = SiteOrder("WWW-" + Guid.NewGuid().ToString("N")[..8], sku, 2, guest: true) with { CertificateCode = card.Code };

        var response = await client.PostAsJsonAsync("/api/v1/orders", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var made = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((246.00m, 50.00m, 196.00m), (made.GetProperty("gross").GetDecimal(), made.GetProperty("certificateAmount").GetDecimal(), made.GetProperty("payable").GetDecimal()));
        Assert.Equal("Confirmed", made.GetProperty("status").GetString());
        await using var db = await NewContextAsync();
        Assert.Equal(0, await db.Set<Certificate>().Where(c => c.Id == card.Id).Select(c => c.BalanceMinor).SingleAsync());
    }

    [Fact]
    public async Task A_bad_gift_card_code_refuses_the_site_order_on_its_field_and_makes_nothing()
    {
        var client = await ShopClientAsync();
        var sku = await ModelInStockAsync(2);
        var body = SiteOrder("WWW-" + Guid.NewGuid().ToString("N")[..8], sku, 1, guest: false) with { CertificateCode = "NOPE-NOPE-NOPE-NOPE" };

        var response = await client.PostAsJsonAsync("/api/v1/orders", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(CertificateError.NotFound.Message, problem.GetProperty("errors").GetProperty("certificateCode")[0].GetString());
        await using var db = await NewContextAsync();
        Assert.False(await db.Set<Order>().AnyAsync(o => o.SiteOrderId == body.SiteOrderId));
        Assert.False(await db.Set<Client>().AnyAsync(c => c.Email == body.Customer!.Email));
        var productId = await db.Set<Product>().Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync();
        Assert.Equal(0, await db.Set<ProductStock>().Where(s => s.ProductId == productId).SumAsync(s => s.Reserved));
    }

    [Fact]
    public async Task A_key_without_the_orders_scope_cannot_place_orders()
    {
        var client = await app.Factory.CreateApiClientAsync("catalog feed", "api.catalog.feed");

        var response = await client.PostAsJsonAsync("/api/v1/orders", SiteOrder("WWW-X", "ANY", 1, guest: true));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    // A fresh phone per order, as different customers of one e-shop have.
    private static SiteOrderDto SiteOrder(string siteOrderId, string sku, int quantity, bool guest) =>
        ASiteOrder().WithId(siteOrderId).AsGuest(guest).WithPhone($"+48 600 {Random.Shared.Next(100, 999)} {Random.Shared.Next(100, 999)}").WithLine(sku, quantity).Build();

    private Task<HttpClient> ShopClientAsync() => app.Factory.CreateApiClientAsync("e-shop", OrderPermissions.SitePlace);

    private async Task<string> ModelInStockAsync(int units)
    {
        var model = await AModel(app.Factory.Services).WithSkuPrefix("API-").NamedAfterSku("Wędka ")
            .InStock(units, AWarehouse(app.Factory.Services).Coded("API", "Magazyn API")).BuildAsync();
        return model.Sku;
    }

    private Task<Certificate> GiftCardAsync(long faceValueMinor) =>
        AGiftCard(app.Factory.Services).Worth(faceValueMinor).OfSeriesNamed("API ").BuildAsync();

    private Task<ShopDbContext> NewContextAsync() =>
        app.Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
}
