using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;

namespace ShopCrm.Tests.Security;

// A small bounded fuzz of the site API: every /api/v1 endpoint the app maps (a new one is fuzzed too) gets
// random JSON shaped like its body type but with wrong types, nulls, sizes and values at and past the
// bounds, random route values and query strings. A fixed seed makes a failure repeatable. Never a 5xx,
// every error is problem details, and a refused request writes nothing.
public sealed class SiteApiFuzzTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, 3_000)]
    [InlineData(DatabaseProvider.Postgres, 800)]
    public async Task Random_requests_never_fail_on_the_server_and_refusals_write_nothing(DatabaseProvider provider, int cases)
    {
        await using var app = await SiteApiApp.StartAsync(provider);
        var endpoints = app.ApiEndpoints().OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal).ToList();
        Assert.True(endpoints.Count >= 8, "the fuzz found the site API");
        var fuzzer = new Fuzzer(new Random(20_261_204), app);
        var client = app.ApiClient();
        var written = await app.WrittenRowsAsync();
        var failures = new List<string>();
        var answered = new Dictionary<int, int>();

        for (var i = 0; i < cases && failures.Count < 10; i++)
        {
            var endpoint = endpoints[i % endpoints.Count];
            using var request = fuzzer.Request(endpoint);
            var sent = $"#{i} {request.Method} {request.RequestUri} {Shorten(request.Content is null ? "" : await request.Content.ReadAsStringAsync())}";
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            answered[status] = answered.GetValueOrDefault(status) + 1;
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                failures.Add($"{sent} -> {status} {Shorten(body)}");
            }
            else if (status >= 400)
            {
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !body.Contains("\"correlationId\"", StringComparison.Ordinal))
                {
                    failures.Add($"{sent} -> {status} {response.Content.Headers.ContentType} {Shorten(body)}");
                }

                if (await app.WrittenRowsAsync() is var after && after != written)
                {
                    failures.Add($"{sent} -> {status} but wrote: {written} became {after}");
                    written = after;
                }
            }
            else
            {
                written = await app.WrittenRowsAsync();
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(answered.Keys.Count(s => s is >= 200 and < 300) >= 1 && answered.Keys.Count(s => s >= 400) >= 3,
            "the fuzz reached both accepted and refused requests: " + string.Join(", ", answered.Select(a => $"{a.Key}x{a.Value}")));
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"... ({text.Length} chars)";

    private sealed class Fuzzer(Random random, SiteApiApp app)
    {
        private static readonly string[] QueryNames =
            ["pageSize", "cursor", "category", "tags", "brand", "priceMin", "priceMax", "inStock", "spec.1", "range.1", "kind", "x", ""];

        public HttpRequestMessage Request(RouteEndpoint endpoint)
        {
            var method = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";
            var path = new StringBuilder();
            foreach (var segment in endpoint.RoutePattern.PathSegments)
            {
                path.Append('/');
                foreach (var part in segment.Parts)
                {
                    path.Append(part switch
                    {
                        RoutePatternLiteralPart literal => literal.Content,
                        RoutePatternParameterPart => Uri.EscapeDataString(RouteValue()),
                        _ => "",
                    });
                }
            }

            if (random.Next(3) == 0)
            {
                path.Append('?').AppendJoin('&', Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => Uri.EscapeDataString(Pick(QueryNames)) + "=" + Uri.EscapeDataString(Text(allowEmpty: true))));
            }

            var request = new HttpRequestMessage(new HttpMethod(method), path.ToString());
            if (method is "POST" or "PUT" or "PATCH")
            {
                var bodyType = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
                var json = random.Next(8) switch
                {
                    0 => Pick(["", "{", "{\"a\":", "[1,2", "nul", "{'single':'quotes'}", "\u0000", "{\"a\":1}}"]),
                    1 => AnyJson(3)?.ToJsonString() ?? "null",
                    _ => bodyType is null ? AnyJson(2)?.ToJsonString() ?? "null" : (Shaped(bodyType, 0)?.ToJsonString() ?? "null"),
                };
                request.Content = new StringContent(json, Encoding.UTF8);
                request.Content.Headers.ContentType = random.Next(12) == 0
                    ? new MediaTypeHeaderValue(Pick(["text/plain", "application/xml", "multipart/form-data"]))
                    : new MediaTypeHeaderValue("application/json");
            }

            return request;
        }

        // JSON in the shape of the body type, each value sometimes of the wrong kind, null, missing or out of bounds.
        private JsonNode? Shaped(Type type, int depth)
        {
            if (depth > 4 || random.Next(14) == 0)
            {
                return random.Next(2) == 0 ? null : AnyJson(1);
            }

            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string))
            {
                return Text(allowEmpty: true);
            }

            if (type == typeof(int) || type == typeof(long) || type == typeof(short))
            {
                return Pick<JsonNode>([0, 1, 2, -1, -5, 3, int.MaxValue, int.MinValue, InputLimits.MaxLineQuantity, InputLimits.MaxLineQuantity + 1, JsonValue.Create(1.5), JsonNode.Parse("1e40")!, JsonNode.Parse("99999999999999999999")!]);
            }

            if (type == typeof(decimal) || type == typeof(double))
            {
                return Pick<JsonNode>([0, 1, -100, 20, 150, 99.999m, 2000, InputLimits.MaxAmountMinor / 100 + 1, JsonNode.Parse("79228162514264337593543950335")!, JsonNode.Parse("1e400")!, JsonNode.Parse("-1e-400")!]);
            }

            if (type == typeof(bool))
            {
                return random.Next(2) == 0;
            }

            if (type == typeof(DateOnly) || type == typeof(DateTime))
            {
                return Pick(["1990-05-17", "1800-01-01", "2999-12-31", "17.05.1990", "", "2026-02-30"]);
            }

            if (type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            {
                var count = Pick([0, 1, 1, 2, 3, 5, InputLimits.MaxOrderLines + 1]);
                var array = new JsonArray();
                for (var i = 0; i < count; i++)
                {
                    array.Add(random.Next(10) == 0 ? null : Shaped(item, depth + 1));
                }

                return array;
            }

            var parameters = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).MaxBy(c => c.GetParameters().Length)?.GetParameters() ?? [];
            var json = new JsonObject();
            foreach (var parameter in parameters)
            {
                if (random.Next(8) == 0)
                {
                    continue;
                }

                var name = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
                json[name] = Hint(name) ?? Shaped(parameter.ParameterType, depth + 1);
            }

            return json;
        }

        // Now and then a value the app knows, so requests get past the first checks into the writing paths.
        private JsonNode? Hint(string name)
        {
            if (random.Next(3) == 0)
            {
                return null;
            }

            return name switch
            {
                "sku" => Pick([app.PublishedSku, app.PublishedSku, app.DraftSku]),
                "seriesId" => Pick([app.ChosenValueSeriesId, app.FixedValueSeriesId]),
                "siteOrderId" => "FUZZ-" + random.Next(40),
                "siteCustomerId" => "fuzz-" + random.Next(40),
                "email" => $"fuzz{random.Next(40)}@example.pl",
                "paymentMethod" => Pick(["Online", "BankTransfer", "CashOnDelivery", "1", "online"]),
                "deliveryMethod" => Pick(["Courier", "StorePickup", "Post", "0"]),
                "street" => "ul. Wiślana 3",
                "postalCode" => "31-007",
                "country" => "PL",
                "lastName" => "Nowak",
                "quantity" => random.Next(1, 4),
                "value" => Pick([20, 150, 100]),
                _ => null,
            };
        }

        private JsonNode? AnyJson(int depth) => random.Next(depth <= 0 ? 5 : 7) switch
        {
            0 => null,
            1 => random.Next(2) == 0,
            2 => Pick<JsonNode>([0, -1, int.MaxValue, JsonNode.Parse("1e308")!, JsonValue.Create(0.5)]),
            3 or 4 => Text(allowEmpty: true),
            5 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => AnyJson(depth - 1)).ToArray()),
            _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(_ => KeyValuePair.Create(Pick(["lines", "customer", "sku", "value", "a", "seriesId"]) + random.Next(3), AnyJson(depth - 1)))
                .DistinctBy(p => p.Key)),
        };

        private string RouteValue() => random.Next(4) == 0 ? "FUZZ-" + random.Next(40) : Text(allowEmpty: false);

        private string Text(bool allowEmpty) => random.Next(12) switch
        {
            0 when allowEmpty => "",
            1 => new string('x', Pick([65, 101, 201, 257, 501, 2_001, 5_000])),
            2 => "żółć Gęś 🎣",
            3 => "' OR 1=1 --",
            4 => "<script>alert(1)</script>",
            5 => "../../etc/passwd",
            6 => Pick(["-1", "0", "1", "1e999", "99999999999999999999", "NaN", "true", "1..5", ".."]),
            7 => "\t \r\n",
            _ => "fuzz" + random.Next(1_000),
        };

        private T Pick<T>(IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];
    }
}
