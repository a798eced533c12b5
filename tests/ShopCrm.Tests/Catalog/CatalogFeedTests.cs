using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class CatalogFeedTests
{
    private static readonly DateTime Noon = new(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Paging_by_cursor_over_rows_sharing_one_timestamp_neither_skips_nor_repeats_and_a_sync_brings_only_changes(DatabaseProvider provider)
    {
        await using var app = await CatalogFeedApp.StartAsync(provider);
        var lures = await CatalogTestData.CategoryAsync(app.Host, "Przynęty");
        await using (var db = await app.Host.NewContextAsync())
        {
            for (var i = 0; i < 125; i++)
            {
                var lure = CatalogTestData.Product($"WOB-{i:000}", lures, 1990 + i, name: $"Wobler Pstrąg {i}");
                lure.UpdatedAt = i < 100 ? Noon : Noon.AddSeconds(-5);
                db.Add(lure);
            }

            var draft = CatalogTestData.Product("WOB-DRAFT", lures, 999);
            draft.Status = ProductStatus.Draft;
            draft.UpdatedAt = Noon.AddSeconds(-10);
            db.Add(draft);
            await db.SaveChangesAsync();
        }

        var client = await app.FeedClientAsync();
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/catalog/models?pageSize=7" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sku").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                break;
            }
        }
        while (pages < 100);

        Assert.Equal(18, pages);
        Assert.Equal(125, seen.Count);
        Assert.Equal(125, seen.Distinct().Count());
        Assert.Equal(Enumerable.Range(100, 25).Concat(Enumerable.Range(0, 100)).Select(i => $"WOB-{i:000}"), seen);

        await using (var db = await app.Host.NewContextAsync())
        {
            await db.Set<Product>().Where(p => p.Sku == "WOB-003" || p.Sku == "WOB-110")
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.GrossPriceMinor, 4990).SetProperty(p => p.UpdatedAt, Noon.AddMinutes(1)));
            await db.Set<Product>().Where(p => p.Sku == "WOB-050")
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, ProductStatus.Archived).SetProperty(p => p.UpdatedAt, Noon.AddMinutes(1)));
        }

        var sync = await client.GetFromJsonAsync<JsonElement>("/api/v1/catalog/models?cursor=" + cursor);
        var changed = sync.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["WOB-003", "WOB-050", "WOB-110"], changed.Select(i => i.GetProperty("sku").GetString()).Order());
        Assert.True(changed.Single(i => i.GetProperty("sku").GetString() == "WOB-050").GetProperty("removed").GetBoolean());
        Assert.All(changed.Where(i => i.GetProperty("sku").GetString() != "WOB-050"), i =>
        {
            Assert.False(i.GetProperty("removed").GetBoolean());
            Assert.Equal(49.90m, i.GetProperty("price").GetProperty("gross").GetDecimal());
        });

        var nothingNew = await client.GetFromJsonAsync<JsonElement>("/api/v1/catalog/models?cursor=" + sync.GetProperty("nextCursor").GetString());
        Assert.Empty(nothingNew.GetProperty("items").EnumerateArray());
        Assert.Equal(sync.GetProperty("nextCursor").GetString(), nothingNew.GetProperty("nextCursor").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Filters_and_facets_give_the_counts_worked_out_by_hand(DatabaseProvider provider)
    {
        await using var app = await CatalogFeedApp.StartAsync(provider);
        var host = app.Host;
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var spinning = await CatalogTestData.CategoryAsync(host, "Wędki spinningowe", rods);
        var reels = await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        var shimano = await CatalogTestData.AddAsync(host, new Brand { Name = "Shimano" });
        var daiwa = await CatalogTestData.AddAsync(host, new Brand { Name = "Daiwa" });
        var pike = await CatalogTestData.AddAsync(host, new Tag { Name = "Szczupak" });
        var perch = await CatalogTestData.AddAsync(host, new Tag { Name = "Okoń" });
        var length = await CatalogTestData.AddAsync(host, new SpecificationDefinition { CategoryId = rods.Id, Name = "Długość", Kind = SpecificationKind.Number, Unit = "m" });
        var action = await CatalogTestData.AddAsync(host, new SpecificationDefinition
        {
            CategoryId = rods.Id, Name = "Akcja", Kind = SpecificationKind.Option, Options = "szybka\nśrednia\nwolna", SortOrder = 1,
        });
        var main = await CatalogTestData.AddAsync(host, new Warehouse { Code = "MAG", Name = "Magazyn główny", IsDefault = true });
        var shop = await CatalogTestData.AddAsync(host, new Warehouse { Code = "SKL", Name = "Sklep Kraków" });

        // sku, category, brand, gross, tags, length, action, stock MAG, stock SKL
        var rows = new (string Sku, Category Category, Brand Brand, long Gross, Tag[] Tags, double? Length, string? Action, int Main, int Shop)[]
        {
            ("ROD-A", spinning, shimano, 29900, [pike, perch], 2.70, "szybka", 3, 1),
            ("ROD-B", spinning, shimano, 45900, [pike], 3.00, "szybka", 0, 0),
            ("ROD-C", spinning, daiwa, 19900, [perch], 2.10, "średnia", 5, 0),
            ("ROD-D", rods, daiwa, 59900, [pike], 3.30, "wolna", 0, 2),
            ("REEL-A", reels, shimano, 39900, [pike], null, null, 4, 0),
        };
        foreach (var row in rows)
        {
            var product = await CatalogTestData.AddAsync(host, CatalogTestData.Product(row.Sku, row.Category, row.Gross, row.Brand, $"Model {row.Sku}"));
            foreach (var tag in row.Tags)
            {
                await CatalogTestData.AddAsync(host, new ProductTag { ProductId = product.Id, TagId = tag.Id });
            }

            if (row.Length is { } metres)
            {
                await CatalogTestData.AddAsync(host, new ProductSpecification { ProductId = product.Id, DefinitionId = length.Id, NumberValue = metres });
                await CatalogTestData.AddAsync(host, new ProductSpecification { ProductId = product.Id, DefinitionId = action.Id, TextValue = row.Action });
            }

            await CatalogTestData.StockAsync(host, product, main, row.Main);
            await CatalogTestData.StockAsync(host, product, shop, row.Shop);
        }

        var client = await app.FeedClientAsync();
        async Task<string[]> SkusAsync(string query) =>
            (await client.GetFromJsonAsync<JsonElement>("/api/v1/catalog/models?" + query)).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("sku").GetString()!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["ROD-A", "ROD-B", "ROD-C", "ROD-D"], await SkusAsync($"category={rods.Id}"));
        Assert.Equal(["ROD-A"], await SkusAsync($"tags={pike.Id},{perch.Id}"));
        Assert.Equal(["ROD-A", "ROD-C", "ROD-D"], await SkusAsync($"category={rods.Id}&inStock=true"));
        Assert.Equal(["REEL-A", "ROD-A"], await SkusAsync($"brand={shimano.Id}&priceMax=399.00"));
        Assert.Equal(["ROD-A", "ROD-B"], await SkusAsync($"range.{length.Id}=2.5..3.0&spec.{action.Id}=szybka"));
        Assert.Equal(["ROD-A", "ROD-C"], await SkusAsync(
            $"spec.{action.Id}=średnia&spec.{action.Id}=wolna&spec.{action.Id}=szybka&priceMin=199&priceMax=599&range.{length.Id}=..2.8&tags={perch.Id}"));

        var card = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/catalog/models?brand={shimano.Id}&tags={perch.Id}")).GetProperty("items")[0];
        Assert.Equal(["Wędki", "Wędki spinningowe"], card.GetProperty("category").GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(4, card.GetProperty("availability").GetProperty("total").GetInt32());
        Assert.Equal("MAG:3,SKL:1", string.Join(",", card.GetProperty("availability").GetProperty("warehouses").EnumerateArray()
            .Select(w => $"{w.GetProperty("warehouse").GetString()}:{w.GetProperty("available").GetInt32()}")));
        Assert.Equal(["Okoń", "Szczupak"], card.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Długość=2.7 m;Akcja=szybka", string.Join(";", card.GetProperty("specifications").EnumerateArray()
            .Select(s => $"{s.GetProperty("name").GetString()}={s.GetProperty("value").GetString()}{(s.GetProperty("unit").ValueKind == JsonValueKind.String ? " " + s.GetProperty("unit").GetString() : "")}")));
        Assert.Equal(23, card.GetProperty("price").GetProperty("vatRatePercent").GetInt32());

        var facets = await client.GetFromJsonAsync<JsonElement>($"/api/v1/catalog/facets?category={rods.Id}");
        Assert.Equal(4, facets.GetProperty("total").GetInt32());
        Assert.Equal("Daiwa:2,Shimano:2", Counts(facets.GetProperty("brands")));
        Assert.Equal("Szczupak:3,Okoń:2", Counts(facets.GetProperty("tags")));
        var actionFacet = facets.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("definitionId").GetInt32() == action.Id);
        Assert.Equal("szybka:2,średnia:1,wolna:1", string.Join(",", actionFacet.GetProperty("values").EnumerateArray()
            .Select(v => $"{v.GetProperty("value").GetString()}:{v.GetProperty("count").GetInt32()}")));
        var lengthFacet = facets.GetProperty("numbers").EnumerateArray().Single();
        Assert.Equal((2.1, 3.3, 4), (lengthFacet.GetProperty("min").GetDouble(), lengthFacet.GetProperty("max").GetDouble(), lengthFacet.GetProperty("count").GetInt32()));
        Assert.Equal((199.00m, 599.00m), (facets.GetProperty("minPrice").GetDecimal(), facets.GetProperty("maxPrice").GetDecimal()));

        var inStockPike = await client.GetFromJsonAsync<JsonElement>($"/api/v1/catalog/facets?tags={pike.Id}&inStock=true");
        Assert.Equal(3, inStockPike.GetProperty("total").GetInt32());
        Assert.Equal("Shimano:2,Daiwa:1", Counts(inStockPike.GetProperty("brands")));
        Assert.Equal((299.00m, 599.00m), (inStockPike.GetProperty("minPrice").GetDecimal(), inStockPike.GetProperty("maxPrice").GetDecimal()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Bad_filters_missing_keys_and_missing_scopes_are_refused_with_problem_details(DatabaseProvider provider)
    {
        await using var app = await CatalogFeedApp.StartAsync(provider);
        var rods = await CatalogTestData.CategoryAsync(app.Host, "Wędki");
        var length = await CatalogTestData.AddAsync(app.Host, new SpecificationDefinition { CategoryId = rods.Id, Name = "Długość", Kind = SpecificationKind.Number, Unit = "m" });
        var client = await app.FeedClientAsync();

        foreach (var (query, expected) in new[]
        {
            ("pageSize=500", "pageSize takes a number from 1 to 200"),
            ("tags=3,x", "'x' is not a tag id"),
            ("range.{0}=3..2", "minimum above its maximum"),
            ("spec.{0}=3", "is a number: filter it by a range"),
            ("spec.999999=a", "There is no specification 999999"),
            ("cursor=garbage", "The cursor is not one this feed gave out"),
            ("colour=red", "Unknown filter 'colour'"),
            ("priceMin=10,50", "priceMin and priceMax take a gross price"),
        })
        {
            var response = await client.GetAsync("/api/v1/catalog/models?" + string.Format(System.Globalization.CultureInfo.InvariantCulture, query, length.Id));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var facets = await client.GetAsync("/api/v1/catalog/facets?inStock=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, facets.StatusCode);

        var anonymous = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/catalog/models")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/catalog/facets")).StatusCode);
        var otherScope = await app.ClientAsync("api.shop.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherScope.GetAsync("/api/v1/catalog/models")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherScope.GetAsync("/api/v1/catalog/facets")).StatusCode);

        var openApi = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/catalog/models", out var models));
        Assert.Contains(models.GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "cursor");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/catalog/facets", out _));
    }

    private static string Counts(JsonElement facet) =>
        string.Join(",", facet.EnumerateArray().Select(f => $"{f.GetProperty("name").GetString()}:{f.GetProperty("count").GetInt32()}"));
}
