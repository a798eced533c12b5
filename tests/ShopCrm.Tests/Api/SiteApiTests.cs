using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Api;
using ShopCrm.Core.Security;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Api;

public sealed class SiteApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private Task<HttpClient> ClientWithKeyAsync(params string[] scopes) => app.Factory.CreateApiClientAsync("test shop", scopes);

    [Fact]
    public async Task A_key_with_the_scope_reads_the_shop_profile()
    {
        var client = await ClientWithKeyAsync(CorePermissions.SiteShopRead);

        var profile = await client.GetFromJsonAsync<JsonElement>("/api/v1/shop");

        Assert.Equal("Wędkarski Raj Sp. z o.o.", profile.GetProperty("name").GetString());
        Assert.Equal("PLN", profile.GetProperty("currency").GetString());
    }

    [Fact]
    public async Task A_key_without_the_scope_is_forbidden_with_problem_details()
    {
        var client = await ClientWithKeyAsync("api.other.read");

        var response = await client.GetAsync("/api/v1/shop");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("correlationId").GetString()));
    }

    [Fact]
    public async Task A_revoked_or_made_up_key_is_unauthorized()
    {
        var service = app.Factory.Services.GetRequiredService<ApiKeyService>();
        var key = await service.CreateAsync("old shop", [CorePermissions.SiteShopRead], "test");
        await service.RevokeAsync(key.Key.Id);
        var revoked = app.Factory.CreateAnonymousClient();
        revoked.DefaultRequestHeaders.Add("X-Api-Key", key.PlainKey);
        var forged = app.Factory.CreateAnonymousClient();
        forged.DefaultRequestHeaders.Add("X-Api-Key", key.PlainKey[..^4] + "abcd");

        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/v1/shop")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/shop")).StatusCode);
    }

    [Fact]
    public async Task Keys_are_stored_only_as_a_hash()
    {
        var key = await app.Factory.Services.GetRequiredService<ApiKeyService>().CreateAsync("hash check", [CorePermissions.SiteShopRead], "test");

        Assert.DoesNotContain(key.PlainKey[10..], key.Key.SecretHash, StringComparison.Ordinal);
        Assert.Equal(64, key.Key.SecretHash.Length);
    }

    [Fact]
    public async Task An_unknown_api_route_answers_with_problem_details()
    {
        var client = await ClientWithKeyAsync(CorePermissions.SiteShopRead);

        var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_site_api()
    {
        var document = await app.Factory.CreateAnonymousClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/shop", out _));
    }

    [Fact]
    public async Task Health_endpoints_report_the_app_and_the_database()
    {
        var client = app.Factory.CreateAnonymousClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}
