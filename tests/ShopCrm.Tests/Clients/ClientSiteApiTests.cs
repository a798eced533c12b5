using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Clients;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ClientSiteApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private Task<HttpClient> ShopClientAsync(params string[] scopes) => app.Factory.CreateApiClientAsync("e-shop", scopes);

    [Fact]
    public async Task Registering_twice_by_site_id_and_by_email_updates_one_client_and_consent_changes_record_their_source()
    {
        var shop = await ShopClientAsync(ClientPermissions.SiteRegister);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"marek.{suffix}@wp.pl";

        var first = await shop.PostAsJsonAsync("/api/v1/clients", new { siteCustomerId = $"S-{suffix}", email, firstName = "Marek", lastName = "Lis", postalCode = "80-001", marketingConsent = true });
        var again = await shop.PostAsJsonAsync("/api/v1/clients", new { siteCustomerId = $"S-{suffix}", phone = "601 999 888", city = "Gdańsk" });
        var byEmail = await shop.PostAsJsonAsync("/api/v1/clients", new { email = email.ToUpperInvariant(), firstName = "Marek" });
        var unsubscribed = await shop.PostAsJsonAsync("/api/v1/clients/unsubscribe", new { email });
        var consented = await shop.PostAsJsonAsync("/api/v1/clients/consent", new { siteCustomerId = $"S-{suffix}", given = true, note = "checkbox at checkout" });

        Assert.All(new[] { first, again, byEmail, unsubscribed, consented }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientId").GetInt32();
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientId").GetInt32());
        Assert.Equal(id, (await byEmail.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientId").GetInt32());
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var client = await db.Set<Client>().SingleAsync(c => c.Id == id);
        Assert.Equal(("+48601999888", "pomorskie", true), (client.NormalizedPhone, client.Region, client.MarketingConsent));
        var history = await db.Set<ClientConsentChange>().Where(c => c.ClientId == id).OrderBy(c => c.Id).Select(c => new { c.Given, c.Source, c.Note }).ToListAsync();
        Assert.Equal(
            [(true, ConsentSource.Site, (string?)null), (false, ConsentSource.UnsubscribeLink, null), (true, ConsentSource.Api, "checkbox at checkout")],
            history.Select(h => (h.Given, h.Source, h.Note)));
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_with_the_field_and_the_scope_is_required()
    {
        var shop = await ShopClientAsync(ClientPermissions.SiteRegister);
        var other = await ShopClientAsync("api.certificates.balance");

        var invalid = await shop.PostAsJsonAsync("/api/v1/clients", new { email = "not-an-email", phone = "12" });
        var unknown = await shop.PostAsJsonAsync("/api/v1/clients/unsubscribe", new { email = $"{Guid.NewGuid():N}@nowhere.pl" });
        var noScope = await other.PostAsJsonAsync("/api/v1/clients", new { email = "jan@wp.pl" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("phone", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noScope.StatusCode);
    }
}
