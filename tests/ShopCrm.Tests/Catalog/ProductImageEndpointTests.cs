using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;
using ShopCrm.Web.Demo;

namespace ShopCrm.Tests.Catalog;

public sealed partial class ProductImageEndpointTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private async Task<int> ProductAsync()
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
        return TokenField().Match(page).Groups[1].Value;
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

        // Signed-in users without the permission are sent to the access-denied page, visitors to the login.
        Assert.Contains("access-denied", upload.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("login", picture.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        var contexts = app.Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        Assert.False(await db.Set<ProductImage>().AnyAsync(i => i.ProductId == productId));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
