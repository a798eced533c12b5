using System.Net;
using System.Text.RegularExpressions;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Identity;

public sealed class ErrorPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task An_unexpected_error_shows_a_friendly_page_with_a_correlation_id()
    {
        var response = await app.Factory.CreateAnonymousClient().GetAsync(FailingRouteStartupFilter.Path);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html);
        Assert.DoesNotContain("Deliberate failure", html);
        Assert.Matches(new Regex("<code class=\"correlation-id\">[0-9a-f]{16,32}</code>"), html);
    }

    [Fact]
    public async Task An_unknown_address_shows_the_not_found_page()
    {
        var response = await app.Factory.CreateAnonymousClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This page does not exist", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
