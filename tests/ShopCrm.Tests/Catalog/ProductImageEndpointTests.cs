using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;
using ShopCrm.Web.Demo;

namespace ShopCrm.Tests.Catalog;

public sealed class ProductImageEndpointTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private async Task<int> ProductAsync(ProductStatus status = ProductStatus.Draft)
    {
        var contexts = app.Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var category = new Category { Name = "Echosondy " + Guid.NewGuid().ToString("N")[..6] };
        db.Add(category);
        await db.SaveChangesAsync();
        category.Path = $"/{category.Id}/";
        var product = new Product
        {
            Sku = "ECHO-" + Guid.NewGuid().ToString("N")[..8],
            Name = "Echosonda Deeper Pro",
            CategoryId = category.Id,
            NetPriceMinor = 100_000,
            GrossPriceMinor = 123_000,
            Status = status,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Add(product);
        await db.SaveChangesAsync();
        return product.Id;
    }

    // Uploads carry the antiforgery token of the signed-in user, as the editor page sends it.
    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/account/change-password");
        return AntiforgeryField.TokenIn(page);
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "files", fileName } };
    }

    [Fact]
    public async Task An_uploaded_picture_is_served_back_and_counts_for_completeness_and_can_be_deleted()
    {
        var productId = await ProductAsync();
        var editor = await app.Factory.LogInAsync("content@demo.shopcrm.pl", DemoAccounts.Password);
        editor.DefaultRequestHeaders.Add("RequestVerificationToken", await AntiforgeryTokenAsync(editor));

        var upload = await editor.PostAsync($"/catalog/models/{productId}/images", Upload(TestImages.Png, "echosonda.png", "image/png"));
        var added = (await upload.Content.ReadFromJsonAsync<JsonElement>())[0];
        var url = added.GetProperty("url").GetString()!;
        var download = await editor.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TestImages.Png, await download.Content.ReadAsByteArrayAsync());
        var contexts = app.Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var product = await db.Set<Product>().SingleAsync(p => p.Id == productId);
            Assert.DoesNotContain("image", product.MissingParts);
        }

        var deleted = await editor.DeleteAsync(url);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(url)).StatusCode);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.Contains("1 image", (await db.Set<Product>().SingleAsync(p => p.Id == productId)).MissingParts);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_picture_is_refused_with_a_problem()
    {
        var productId = await ProductAsync();
        var editor = await app.Factory.LogInAsync("content@demo.shopcrm.pl", DemoAccounts.Password);
        editor.DefaultRequestHeaders.Add("RequestVerificationToken", await AntiforgeryTokenAsync(editor));

        var response = await editor.PostAsync($"/catalog/models/{productId}/images", Upload("%PDF-1.7 not a picture"u8.ToArray(), "cennik.png", "image/png"));
        var tooLarge = await editor.PostAsync($"/catalog/models/{productId}/images", Upload([.. TestImages.Png, .. new byte[5 * 1024 * 1024]], "ogromne.png", "image/png"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("cennik.png is not a JPEG, PNG or WebP picture.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("larger than 5 MB", (await tooLarge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Uploads_need_the_edit_permission_and_pictures_the_view_permission()
    {
        var productId = await ProductAsync();
        var accountant = await app.Factory.LogInAsync("accounts@demo.shopcrm.pl", DemoAccounts.Password);
        accountant.DefaultRequestHeaders.Add("RequestVerificationToken", await AntiforgeryTokenAsync(accountant));
        var anonymous = app.Factory.CreateAnonymousClient();

        var upload = await accountant.PostAsync($"/catalog/models/{productId}/images", Upload(TestImages.Png, "x.png", "image/png"));
        var picture = await anonymous.GetAsync("/catalog/images/1");

        // Signed-in users without the permission are refused with a 403 problem, visitors sent to the login.
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal("application/problem+json", upload.Content.Headers.ContentType?.MediaType);
        Assert.Contains("login", picture.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        var contexts = app.Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        Assert.False(await db.Set<ProductImage>().AnyAsync(i => i.ProductId == productId));
    }

    [Fact]
    public async Task Visitors_get_pictures_of_published_cards_only_with_cache_headers()
    {
        var published = await ProductAsync(ProductStatus.Active);
        var draft = await ProductAsync();
        var editor = await app.Factory.LogInAsync("content@demo.shopcrm.pl", DemoAccounts.Password);
        editor.DefaultRequestHeaders.Add("RequestVerificationToken", await AntiforgeryTokenAsync(editor));
        async Task<int> UploadAsync(int productId)
        {
            var response = await editor.PostAsync($"/catalog/models/{productId}/images", Upload(TestImages.Png, "zdjecie.png", "image/png"));
            return (await response.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetInt32();
        }

        var publishedImage = await UploadAsync(published);
        var draftImage = await UploadAsync(draft);
        var visitor = app.Factory.CreateAnonymousClient();

        var picture = await visitor.GetAsync($"/site/images/{publishedImage}");
        var draftPicture = await visitor.GetAsync($"/site/images/{draftImage}");
        var staffAddress = await visitor.GetAsync($"/catalog/images/{publishedImage}");
        var traversal = await visitor.GetAsync("/site/images/..%2F..%2Fappsettings.json");

        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal(TestImages.Png, await picture.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", picture.Content.Headers.ContentType!.MediaType);
        Assert.True(picture.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(1), picture.Headers.CacheControl.MaxAge);
        Assert.NotNull(picture.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotFound, draftPicture.StatusCode);
        Assert.Contains("login", staffAddress.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);

        var again = new HttpRequestMessage(HttpMethod.Get, $"/site/images/{publishedImage}");
        again.Headers.IfNoneMatch.Add(picture.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(again)).StatusCode);

        var contexts = app.Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Set<Product>().Where(p => p.Id == published).ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, ProductStatus.Archived));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/site/images/{publishedImage}")).StatusCode);
    }

    [Fact]
    public async Task The_picture_order_is_saved_through_the_endpoint_and_a_stale_order_is_a_conflict_problem()
    {
        var productId = await ProductAsync();
        var editor = await app.Factory.LogInAsync("content@demo.shopcrm.pl", DemoAccounts.Password);
        editor.DefaultRequestHeaders.Add("RequestVerificationToken", await AntiforgeryTokenAsync(editor));
        var ids = new List<int>();
        foreach (var name in new[] { "przod.png", "tyl.png" })
        {
            var response = await editor.PostAsync($"/catalog/models/{productId}/images", Upload(TestImages.Png, name, "image/png"));
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetInt32());
        }

        var swapped = await editor.PutAsJsonAsync($"/catalog/models/{productId}/images/order", new { seen = ids, wanted = new[] { ids[1], ids[0] } });
        var stale = await editor.PutAsJsonAsync($"/catalog/models/{productId}/images/order", new { seen = ids, wanted = ids });

        Assert.Equal(HttpStatusCode.NoContent, swapped.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        Assert.Contains("changed this card's pictures meanwhile", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        var contexts = app.Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal([ids[1], ids[0]], await db.Set<ProductImage>().Where(i => i.ProductId == productId).OrderBy(i => i.SortOrder).Select(i => i.Id).ToListAsync());
    }
}
