using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Services;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Security;

// Issue 11, items 2 and 4, replayed through the real HTTP pipeline on both providers: the site API sells
// only what the shop sells, within named bounds, and every bad request is a 4xx problem that writes nothing.
public sealed class SiteApiInputAttackTests(SiteApiApps apps) : IClassFixture<SiteApiApps>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_draft_model_at_price_zero_cannot_be_ordered_from_the_site(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var before = await app.WrittenRowsAsync();

        var refused = await app.ApiClient().PostAsJsonAsync("/api/v1/orders", Order(app.DraftSku));

        var errors = await AssertProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("not on sale", errors.GetProperty("errors").GetProperty("lines[0].sku")[0].GetString());
        Assert.Equal(before, await app.WrittenRowsAsync());
        var sold = await app.ApiClient().PostAsJsonAsync("/api/v1/orders", Order(app.PublishedSku));
        Assert.Equal(HttpStatusCode.Created, sold.StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Quantities_lines_notes_and_texts_above_their_bounds_are_refused_on_their_fields(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var client = app.ApiClient();
        var before = await app.WrittenRowsAsync();
        var tooManyLines = Enumerable.Range(0, InputLimits.MaxOrderLines + 1).Select(_ => new { sku = app.PublishedSku, quantity = 1 }).ToArray();

        var cases = new (object Body, string Field)[]
        {
            (Order(app.PublishedSku, quantity: int.MaxValue), "lines[0].quantity"),
            (Order(app.PublishedSku, quantity: InputLimits.MaxLineQuantity + 1), "lines[0].quantity"),
            (Order(app.PublishedSku, quantity: 0), "lines[0].quantity"),
            (Order(app.PublishedSku, lines: tooManyLines), "lines"),
            (Order(app.PublishedSku, notes: new string('n', 10 * 1024 * 1024)), "notes"),
            (Order(app.PublishedSku, notes: new string('n', InputLimits.MaxNoteLength + 1)), "notes"),
            (Order(app.PublishedSku, email: new string('e', 300) + "@example.com"), "customer.email"),
            (Order(app.PublishedSku, city: new string('c', 5_000)), "deliveryAddress.city"),
            (Order(app.PublishedSku, country: "POLAND"), "deliveryAddress.country"),
            (Order(app.PublishedSku, guest: true, firstName: new string('f', 500)), "customer.firstName"),
        };
        foreach (var (body, field) in cases)
        {
            var response = await client.PostAsJsonAsync("/api/v1/orders", body);

            var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field} is not named in {problem}");
        }

        Assert.Equal(before, await app.WrittenRowsAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_refused_order_writes_no_client_order_reservation_or_audit_row(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var before = await app.WrittenRowsAsync();
        var email = $"refused.{Guid.NewGuid():N}@example.pl";

        var zero = await app.ApiClient().PostAsJsonAsync("/api/v1/orders", Order(app.PublishedSku, quantity: 0, email: email));
        var negative = await app.ApiClient().PostAsJsonAsync("/api/v1/orders", Order(app.PublishedSku, quantity: -5, email: email));
        var draft = await app.ApiClient().PostAsJsonAsync("/api/v1/orders", Order(app.DraftSku, email: email));

        await AssertProblemAsync(zero, HttpStatusCode.UnprocessableEntity);
        await AssertProblemAsync(negative, HttpStatusCode.UnprocessableEntity);
        await AssertProblemAsync(draft, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, await app.WrittenRowsAsync());
        await using var db = await app.NewContextAsync();
        Assert.False(await db.Set<Client>().AnyAsync(c => c.Email == email));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_gift_card_value_that_is_not_positive_or_over_the_bound_is_refused(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var client = app.ApiClient();
        var before = await app.WrittenRowsAsync();

        foreach (var body in new[]
        {
            $"{{\"seriesId\":{app.FixedValueSeriesId},\"value\":-100}}",
            $"{{\"seriesId\":{app.FixedValueSeriesId},\"value\":50}}",
            $"{{\"seriesId\":{app.ChosenValueSeriesId},\"value\":-100}}",
            $"{{\"seriesId\":{app.ChosenValueSeriesId},\"value\":0}}",
            $"{{\"seriesId\":{app.ChosenValueSeriesId},\"value\":{InputLimits.MaxAmountMinor / 100 + 1}}}",
            $"{{\"seriesId\":{app.ChosenValueSeriesId},\"value\":79228162514264337593543950335}}",
            $"{{\"seriesId\":{app.ChosenValueSeriesId},\"value\":150,\"personalMessage\":\"{new string('m', 600)}\"}}",
        })
        {
            var response = await PostRawAsync(client, "/api/v1/certificates", body);

            var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), body);
        }

        var overflow = await PostRawAsync(client, "/api/v1/certificates", $"{{\"seriesId\":{app.ChosenValueSeriesId},\"value\":1e400}}");
        await AssertProblemAsync(overflow, HttpStatusCode.BadRequest);
        Assert.Equal(before, await app.WrittenRowsAsync());
        var sold = await PostRawAsync(client, "/api/v1/certificates", $"{{\"seriesId\":{app.FixedValueSeriesId}}}");
        Assert.Equal(HttpStatusCode.Created, sold.StatusCode);
        Assert.Equal(100m, (await sold.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Customer_texts_longer_than_their_columns_are_refused_by_the_client_api(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var client = app.ApiClient();
        var before = await app.WrittenRowsAsync();

        foreach (var (body, field) in new (object, string)[]
        {
            (new { email = "kraj@example.pl", lastName = "Kowalska", country = "POLAND" }, "country"),
            (new { email = "jezyk@example.pl", lastName = "Kowalska", preferredLanguage = new string('p', 50) }, "preferredLanguage"),
            (new { email = "kod@example.pl", lastName = "Kowalska", country = "DE", postalCode = new string('1', 40) }, "postalCode"),
            (new { email = "ulica@example.pl", lastName = "Kowalska", street = new string('s', 100_000) }, "street"),
            (new { email = "zgoda@example.pl", given = true, note = new string('n', 600) }, "note"),
        })
        {
            var path = body.GetType().GetProperty("note") is null ? "/api/v1/clients" : "/api/v1/clients/consent";
            var response = await client.PostAsJsonAsync(path, body);

            var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field} is not named in {problem}");
        }

        Assert.Equal(before, await app.WrittenRowsAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Malformed_json_wrong_types_null_lines_and_overflows_answer_4xx_problems(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var client = app.ApiClient();
        var before = await app.WrittenRowsAsync();
        var unreadable = new[]
        {
            "{bad", "", "null", "[]", "\"text\"", "{\"siteOrderId\":5}", "{\"lines\":\"many\"}", "{\"guest\":\"perhaps\"}",
            "{\"lines\":[{\"sku\":\"A\",\"quantity\":\"two\"}]}", "{\"lines\":[{\"sku\":\"A\",\"quantity\":1e40}]}",
            "{\"lines\":[{\"sku\":\"A\",\"quantity\":2147483648}]}", "{\"customer\":[1,2]}", "{\"deliveryAddress\":7}",
        };
        foreach (var path in new[] { "/api/v1/orders", "/api/v1/certificates", "/api/v1/clients", "/api/v1/clients/consent", "/api/v1/clients/unsubscribe" })
        {
            foreach (var body in unreadable)
            {
                var response = await PostRawAsync(client, path, body);

                Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path} {body}: {(int)response.StatusCode}");
                await AssertProblemAsync(response, response.StatusCode);
            }

            var plainText = await client.PostAsync(path, new StringContent("{}", Encoding.UTF8, "text/plain"));
            await AssertProblemAsync(plainText, HttpStatusCode.UnsupportedMediaType);
        }

        var nullLine = await PostRawAsync(client, "/api/v1/orders", JsonSerializer.Serialize(Order(app.PublishedSku)).Replace("[{", "[null,{", StringComparison.Ordinal));
        var problem = await AssertProblemAsync(nullLine, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines[0]", out _), problem.ToString());
        var badQuery = await client.GetAsync("/api/v1/catalog/models?pageSize=many&priceMin=1e999");
        await AssertProblemAsync(badQuery, HttpStatusCode.BadRequest);
        Assert.Equal(before, await app.WrittenRowsAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Three_hundred_thousand_lines_are_refused_before_the_database_is_asked(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var before = await app.WrittenRowsAsync();
        var lines = Enumerable.Range(0, 300_000).Select(i => new { sku = "SKU-" + i, quantity = 1 }).ToArray();

        var response = await app.ApiClient().PostAsJsonAsync("/api/v1/orders", Order(app.PublishedSku, lines: lines));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(InputLimits.MaxOrderLines.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("errors").GetProperty("lines")[0].GetString());
        Assert.Equal(before, await app.WrittenRowsAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_unknown_kind_on_an_upload_answers_a_400_problem(DatabaseProvider provider)
    {
        var app = await apps.ForAsync(provider);
        var owner = await app.OwnerClientAsync();

        var response = await owner.PostAsync("/catalog/imports/upload?kind=Nope", Csv(100));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("kind", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Bodies_above_their_limits_answer_413_problems_on_a_real_server(DatabaseProvider provider)
    {
        await using var app = await SiteApiApp.StartAsync(provider, realServer: true);
        var owner = await app.OwnerClientAsync();
        var before = await app.WrittenRowsAsync();
        const int fiftyMegabytes = 50 * 1024 * 1024;

        // With its length declared, as a shop's HTTP client sends a body it has built.
        var order = await PostRawAsync(app.ApiClient(), "/api/v1/orders", JsonSerializer.Serialize(Order(app.PublishedSku, notes: new string('n', 10 * 1024 * 1024))));
        var catalogImport = await owner.PostAsync("/catalog/imports/upload?kind=Models", Csv((int)CatalogImportService.MaxFileBytes + (5 * 1024 * 1024)));
        var clientImport = await owner.PostAsync("/clients/imports/upload", Csv(fiftyMegabytes));
        var image = await owner.PostAsync("/catalog/models/1/images", File(fiftyMegabytes, "files", "big.png", "image/png"));

        foreach (var response in new[] { order, catalogImport, clientImport, image })
        {
            await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        }

        Assert.Equal(before, await app.WrittenRowsAsync());
    }

    [Theory]
    [InlineData("Testing")]
    [InlineData("Production")]
    public async Task A_server_failure_never_shows_the_exception_outside_development(string environment)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new WebAppFactory
        {
            ConnectionString = database.ConnectionString,
            Environment = environment,
            Settings = new Dictionary<string, string> { ["Demo:SeedOnFirstRun"] = "false", ["Owner:Password"] = SiteApiApp.OwnerPassword },
        }.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, FailingApiRouteStartupFilter>()));
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var api = await client.GetAsync(FailingApiRouteStartupFilter.Path);
        var page = await client.GetAsync(FailingRouteStartupFilter.Path);

        var problem = await AssertProblemAsync(api, HttpStatusCode.InternalServerError);
        Assert.False(problem.TryGetProperty("exception", out _));
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        foreach (var body in new[] { problem.ToString(), await page.Content.ReadAsStringAsync() })
        {
            Assert.DoesNotContain("hunter2", body);
            Assert.DoesNotContain("InvalidOperationException", body);
            Assert.DoesNotContain(" at ShopCrm", body);
        }
    }

    // An error is problem details with the status, a correlation id and never the exception.
    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text[..Math.Min(text.Length, 500)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("correlationId").GetString()));
        Assert.False(problem.TryGetProperty("exception", out _), text);
        Assert.DoesNotContain("   at ", text);
        return problem;
    }

    private static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static MultipartFormDataContent Csv(int bytes) => File(bytes, "file", "import.csv", "text/csv");

    private static MultipartFormDataContent File(int bytes, string field, string fileName, string contentType)
    {
        var content = new byte[bytes];
        Array.Fill(content, (byte)'a');
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    private static object Order(
        string sku,
        int quantity = 1,
        object? lines = null,
        string? notes = null,
        string? email = null,
        string? city = "Kraków",
        string country = "PL",
        bool guest = false,
        string firstName = "Ewa") => new
    {
        siteOrderId = "WWW-" + Guid.NewGuid().ToString("N")[..10],
        customer = new { siteCustomerId = "site-" + Guid.NewGuid().ToString("N")[..8], firstName, lastName = "Nowak", email = email ?? $"ewa.{Guid.NewGuid():N}@example.pl" },
        guest,
        paymentMethod = "BankTransfer",
        deliveryMethod = "Courier",
        deliveryAddress = new { street = "ul. Wiślana 3", postalCode = "31-007", city, country },
        notes,
        lines = lines ?? new[] { new { sku, quantity } },
    };
}
