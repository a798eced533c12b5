using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Certificates;

public sealed class CertificateApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    // A key of its own per caller: the limits and the attempts log go by the key, named after the caller here.
    private Task<HttpClient> ShopClientAsync(string caller) =>
        app.Factory.CreateApiClientAsync("e-shop " + caller, CertificatePermissions.SiteCheckBalance, CertificatePermissions.SiteSell);

    private async Task<int> SeriesAsync(long? faceValue)
    {
        var series = AGiftCardSeries(app.Factory.Services).NamedStartingWith("API ").WithConditions("");
        return (await (faceValue is { } value ? series.Worth(value) : series.OfChosenValue()).BuildAsync()).Id;
    }

    [Fact]
    public async Task A_card_sold_online_shows_its_balance_to_the_shop()
    {
        var client = await ShopClientAsync("203.0.113.10");
        var seriesId = await SeriesAsync(faceValue: null);

        var sale = await client.PostAsJsonAsync("/api/v1/certificates", new { seriesId, value = 150.50m, recipientName = "Zofia Wójcik" });
        var code = (await sale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var balance = await client.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{code.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.Created, sale.StatusCode);
        Assert.Equal(150.50m, balance.GetProperty("balance").GetDecimal());
        Assert.Equal("Active", balance.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Wrong_and_blocked_codes_get_a_clear_problem_and_every_attempt_is_logged()
    {
        var client = await ShopClientAsync("203.0.113.20");
        var seriesId = await SeriesAsync(faceValue: 5000);
        var card = (await app.Factory.Services.GetRequiredService<CertificateService>().SellAsync(new SaleRequest(seriesId, SalesChannel.Store))).Value!;
        await app.Factory.Services.GetRequiredService<CertificateService>().BlockAsync(card.Id, "Stolen");

        var wrong = await client.GetAsync("/api/v1/certificates/AAAA-BBBB-CCCC-DDDD");
        var blocked = await client.GetAsync($"/api/v1/certificates/{card.Code}");

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal("not-found", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        Assert.Contains("blocked", (await blocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        var contexts = app.Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var logged = await db.Set<BalanceCheckAttempt>().Where(a => a.Caller.EndsWith("203.0.113.20")).Select(a => a.Result).ToListAsync();
        Assert.Equal(["blocked", "not-found"], logged.Order());
    }

    [Fact]
    public async Task Trying_one_code_again_and_again_is_stopped_after_five_checks_a_minute()
    {
        var seriesId = await SeriesAsync(faceValue: 5000);
        var card = (await app.Factory.Services.GetRequiredService<CertificateService>().SellAsync(new SaleRequest(seriesId, SalesChannel.Store))).Value!;
        var statuses = new List<HttpStatusCode>();
        for (var caller = 0; caller < 7; caller++)
        {
            var client = await ShopClientAsync($"198.51.100.{caller}");
            statuses.Add((await client.GetAsync($"/api/v1/certificates/{card.Code}")).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)), statuses);
    }

    [Fact]
    public async Task One_key_guessing_many_codes_is_stopped_after_twenty_a_minute()
    {
        var client = await ShopClientAsync("192.0.2.77");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 22; i++)
        {
            statuses.Add((await client.GetAsync($"/api/v1/certificates/{CertificateCode.New()}")).StatusCode);
        }

        Assert.All(statuses.Take(20), s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.All(statuses.Skip(20), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    [Fact]
    public async Task A_sale_with_a_value_outside_the_series_range_is_refused()
    {
        var client = await ShopClientAsync("203.0.113.30");
        var seriesId = await SeriesAsync(faceValue: null);

        var response = await client.PostAsJsonAsync("/api/v1/certificates", new { seriesId, value = 5m });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("between 20.00 and 2,000.00", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}
