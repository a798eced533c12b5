using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Radzen;
using ShopCrm.Catalog.Domain;
using ShopCrm.Certificates;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Identity;
using ShopCrm.Core.Security;
using ShopCrm.Core.Ui;
using ShopCrm.Orders;
using ShopCrm.Orders.Api;
using ShopCrm.Orders.Domain;
using ShopCrm.Tests.Infrastructure;
using ShopCrm.Web.Demo;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Security;

// Issue 11 item 7: a gift card code spends like cash. Staff who may not print cards see its last four
// characters only, cannot download a card, and nobody can guess codes faster than the limits allow,
// whatever headers they send and whichever path or key they use.
public sealed class GiftCardCodeAttackTests(GiftCardAttackApps apps) : IClassFixture<GiftCardAttackApps>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_order_manager_sees_codes_masked_where_the_accountant_sees_them_whole(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var card = await GiftCardAsync(app);
        var masked = "••••-••••-••••-" + card.Code[^4..];

        var managerCard = await PageAsync(await LogInAsync(app, Roles.OrderManager), $"/certificates/{card.Id}");
        var accountantCard = await PageAsync(await LogInAsync(app, Roles.Accountant), $"/certificates/{card.Id}");
        var managerRows = await ListAsync(app, Roles.OrderManager, card.Id);
        var accountantRows = await ListAsync(app, Roles.Accountant, card.Id);
        // Filtering the code column on the full code's first characters would read a code piece by piece.
        var managerGuessRows = await ListAsync(app, Roles.OrderManager, card.Id, codeStartsWith: card.Code[..4]);

        Assert.Contains(masked, managerCard);
        Assert.DoesNotContain(card.Code, managerCard);
        Assert.DoesNotContain("card.pdf", managerCard);
        Assert.Contains(card.Code, accountantCard);
        Assert.Contains($"/certificates/{card.Id}/card.pdf", accountantCard);
        Assert.Equal(masked, Assert.Single(managerRows).Code);
        Assert.Equal(card.Code, Assert.Single(accountantRows).Code);
        Assert.Empty(managerGuessRows);
        await using var db = await NewContextAsync(app);
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Certificate) && a.EntityKey == card.Id.ToString()).Select(a => a.Changes).ToListAsync();
        Assert.NotEmpty(audit);
        Assert.All(audit, changes => Assert.DoesNotContain(card.Code, changes));
        Assert.Contains(audit, changes => changes.Contains(masked, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_order_manager_cannot_download_a_card_but_the_accountant_can(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var card = await GiftCardAsync(app);
        var orderManager = await LogInAsync(app, Roles.OrderManager);
        var accountant = await LogInAsync(app, Roles.Accountant);

        var refused = await orderManager.GetAsync($"/certificates/{card.Id}/card.pdf");
        var printed = await accountant.GetAsync($"/certificates/{card.Id}/card.pdf");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("application/pdf", printed.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Thirty_wrong_guesses_from_one_key_hit_429_whatever_customer_address_it_claims(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var card = await GiftCardAsync(app);
        var client = await ApiClientAsync(app, CertificatePermissions.SiteCheckBalance);
        var attemptsBefore = await CountAsync<BalanceCheckAttempt>(app);

        var answers = new List<HttpResponseMessage>();
        for (var guess = 0; guess < 30; guess++)
        {
            answers.Add(await SendAsync(client, HttpMethod.Get, $"/api/v1/certificates/{CertificateCode.New()}", visitor: $"203.0.113.{guess}"));
        }

        var realCardFromTheSameKey = await SendAsync(client, HttpMethod.Get, $"/api/v1/certificates/{card.Code}", visitor: "198.51.100.99");

        Assert.All(answers.Take(20), a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.All(answers.Skip(20).Append(realCardFromTheSameKey), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        await AssertTooManyAsync(answers[^1]);
        Assert.Equal(attemptsBefore + 20, await CountAsync<BalanceCheckAttempt>(app));
        var anotherKey = await ApiClientAsync(app, CertificatePermissions.SiteCheckBalance);
        Assert.Equal(HttpStatusCode.OK, (await anotherKey.GetAsync($"/api/v1/certificates/{card.Code}")).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Codes_sent_with_site_orders_are_limited_too_and_share_the_count_with_balance_checks(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var sku = await ModelInStockAsync(app);
        var client = await ApiClientAsync(app, OrderPermissions.SitePlace, CertificatePermissions.SiteCheckBalance);
        for (var guess = 0; guess < 10; guess++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/certificates/{CertificateCode.New()}")).StatusCode);
        }

        var (ordersBefore, clientsBefore) = (await CountAsync<Order>(app), await CountAsync<Client>(app));
        var answers = new List<HttpResponseMessage>();
        for (var guess = 0; guess < 20; guess++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/v1/orders", SiteOrder(sku, CertificateCode.New())));
        }

        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.UnprocessableEntity, a.StatusCode));
        Assert.All(answers.Skip(10), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        await AssertTooManyAsync(answers[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync($"/api/v1/certificates/{CertificateCode.New()}")).StatusCode);
        Assert.Equal((ordersBefore, clientsBefore), (await CountAsync<Order>(app), await CountAsync<Client>(app)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task One_code_is_limited_across_api_keys_and_paths(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var card = await GiftCardAsync(app);
        var sku = await ModelInStockAsync(app);
        var first = await ApiClientAsync(app, CertificatePermissions.SiteCheckBalance);
        var second = await ApiClientAsync(app, CertificatePermissions.SiteCheckBalance);
        var orders = await ApiClientAsync(app, OrderPermissions.SitePlace);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            statuses.Add((await (attempt % 2 == 0 ? first : second).GetAsync($"/api/v1/certificates/{card.Code}")).StatusCode);
        }

        var ordersBefore = await CountAsync<Order>(app);
        var order = await orders.PostAsJsonAsync("/api/v1/orders", SiteOrder(sku, card.Code));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, order.StatusCode);
        await AssertTooManyAsync(order);
        Assert.Equal(ordersBefore, await CountAsync<Order>(app));
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var seconds = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("correlationId").GetString()));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string visitor)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Customer-Ip", visitor);
        request.Headers.Add("X-Forwarded-For", visitor);
        return await client.SendAsync(request);
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    // The gift card grid has no rows in the prerendered page (it loads them over the circuit), so its read model
    // is asked as the circuit asks it: as the signed-in person, whose principal the app itself makes.
    private static async Task<IReadOnlyList<CertificateRow>> ListAsync(WebAppFactory app, string role, long cardId, string? codeStartsWith = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        var user = await users.FindByEmailAsync(DemoAccounts.All.Single(a => a.Role == role).Email);
        CurrentUser.CircuitUser = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ShopUser>>().CreateAsync(user!);
        try
        {
            await using var db = await NewContextAsync(app);
            var query = (await app.Services.GetRequiredService<CertificateQueries>().ListAsync(db)).Where(r => r.Id == cardId);
            var filters = codeStartsWith is null ? null
                : new[] { new FilterDescriptor { Property = nameof(CertificateRow.Code), FilterValue = codeStartsWith, FilterOperator = FilterOperator.StartsWith } };
            return (await GridQuery.PageAsync(query, new LoadDataArgs { Filters = filters }, "Id desc")).Items;
        }
        finally
        {
            CurrentUser.CircuitUser = null;
        }
    }

    private static Task<HttpClient> LogInAsync(WebAppFactory app, string role) =>
        app.LogInAsync(DemoAccounts.All.Single(a => a.Role == role).Email, DemoAccounts.Password);

    private static Task<HttpClient> ApiClientAsync(WebAppFactory app, params string[] scopes) =>
        app.CreateApiClientAsync("e-shop " + Guid.NewGuid().ToString("N")[..6], scopes);

    private static Task<Certificate> GiftCardAsync(WebAppFactory app) =>
        AGiftCard(app.Services).Worth(5000).OfSeriesNamed("Attack ").BuildAsync();

    private static async Task<string> ModelInStockAsync(WebAppFactory app)
    {
        var model = await AModel(app.Services).WithSkuPrefix("GC-").NamedAfterSku("Wędka ")
            .InStock(50, AWarehouse(app.Services).Coded("GC", "Magazyn")).BuildAsync();
        return model.Sku;
    }

    private static SiteOrderDto SiteOrder(string sku, string certificateCode) =>
        ASiteOrder().WithLine(sku).PaidWithGiftCard(certificateCode).Build();

    private static async Task<int> CountAsync<T>(WebAppFactory app)
        where T : class
    {
        await using var db = await NewContextAsync(app);
        return await db.Set<T>().CountAsync();
    }

    private static Task<ShopDbContext> NewContextAsync(WebAppFactory app) =>
        app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
}
